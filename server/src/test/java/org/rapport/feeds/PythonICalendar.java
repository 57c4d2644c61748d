package org.rapport.feeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.rapport.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's python3-icalendar as an outside judge of our .ics: /usr/bin/python3, not a pyenv python
 * on PATH that cannot see Debian's packages. Missing, it skips the test, except under CI=true.
 */
final class PythonICalendar {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SCRIPT = """
            import sys, json, datetime, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            assert cal.name == 'VCALENDAR', cal.name
            for required in ('VERSION', 'PRODID'):
                assert cal.get(required) is not None, 'calendar lacks ' + required
            events = []
            for ev in cal.walk('VEVENT'):
                for required in ('UID', 'DTSTAMP', 'DTSTART', 'SUMMARY'):
                    assert ev.get(required) is not None, 'event lacks ' + required
                start = ev.decoded('DTSTART')
                end = ev.decoded('DTEND')
                events.append({'uid': str(ev.get('UID')), 'summary': str(ev.get('SUMMARY')),
                               'description': str(ev.get('DESCRIPTION') or ''),
                               'allDay': type(start) is datetime.date and type(end) is datetime.date,
                               'start': start.isoformat(), 'end': end.isoformat()})
            print(json.dumps({'version': str(cal.get('VERSION')), 'events': events}))
            """;

    private PythonICalendar() {}

    /** The parsed calendar: {version, events: [{uid, summary, description, allDay, start, end}]}. */
    static JsonNode parse(String ics) throws IOException, InterruptedException {
        boolean available = Files.isExecutable(PYTHON) && run("import icalendar").exit == 0;
        if (!available && TestDatabase.isCi()) {
            throw new IllegalStateException(
                    "CI=true but python3-icalendar is missing: apt-get install -y python3-icalendar");
        }
        Assumptions.assumeTrue(available, "python3-icalendar is not installed (apt-get install -y python3-icalendar)");
        Path file = Files.createTempFile("rapport-feed-", ".ics");
        try {
            Files.writeString(file, ics, StandardCharsets.UTF_8);
            Result r = run(SCRIPT, file.toString());
            if (r.exit != 0) {
                throw new AssertionError("python3-icalendar refused the feed: " + r.output + "\n" + ics);
            }
            return JsonMapper.builder().build().readTree(r.output);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private record Result(int exit, String output) {}

    private static Result run(String script, String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(java.util.List.of(PYTHON.toString(), "-c", script));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("python3 did not finish");
        }
        return new Result(p.exitValue(), out);
    }
}
