package org.rapport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Under a C or POSIX locale the JVM decodes the command line as ASCII and turns "María" into
 * "Mar??a". On Linux the raw bytes are still in /proc/self/cmdline: read the arguments from there
 * as UTF-8 in that case, so names keep their accents whatever the locale.
 */
final class Arguments {
    private Arguments() {}

    static String[] recover(String[] args) {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (args.length == 0 || jnu.replace("-", "").equalsIgnoreCase("UTF8")) {
            return args;
        }
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<String> all = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    all.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            if (all.size() < args.length) {
                return args;
            }
            // The program's own arguments are the last ones, after java's options and the jar.
            return all.subList(all.size() - args.length, all.size()).toArray(String[]::new);
        } catch (IOException | RuntimeException e) {
            return args;
        }
    }
}
