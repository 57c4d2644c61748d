package org.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.api.Json;

/**
 * The CLI against the real server, started from its jar: mostly in-process through picocli for
 * speed, and once as {@code java -jar} the way people and the contract check run it. Each test
 * signs in to an account of its own, so workspaces never mix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliIT {
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @TempDir
    Path tmp;

    private ServerProcess server;
    private String token;
    private Path config;

    @BeforeAll
    void startServer(@TempDir Path data) throws Exception {
        var jar = ServerProcess.jar();
        assumeTrue(jar.isPresent(), "no server jar in server/target: build the server first (mvn package)");
        server = ServerProcess.start(jar.get(), data);
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void signIn() throws Exception {
        token = server.newAccountToken("cli" + ACCOUNTS.incrementAndGet() + "@example.com");
        config = tmp.resolve("config");
        var r = rapport("login", "--server", server.base, "--token", token);
        assertThat(r.code()).as(r.toString()).isZero();
    }

    private CliRun.Result rapport(String... args) {
        return CliRun.withConfigIn(config).run(args);
    }

    private Map<String, Object> get(String path) throws Exception {
        var answer = server.call("GET", path, null, "Bearer " + token);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return Json.object(answer.body());
    }

    private List<Map<String, Object>> items(String path) throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        Json.list(get(path), "items").forEach(i -> items.add(Json.object(i)));
        return items;
    }

    private String personId(String name) throws Exception {
        return items("/api/v1/people?q=" + org.rapport.cli.api.ApiClient.encode(name)).stream()
                .filter(p -> name.equals(p.get("displayName")))
                .map(p -> Json.text(p, "id"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void loginSavesTheServerAndTokenForTheOwnerOnly() throws Exception {
        Path file = config.resolve("config.properties");
        assertThat(Files.readString(file)).contains(token).contains(server.base.replace(":", "\\:"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config)))
                .isEqualTo("rwx------");
    }

    @Test
    void loginWithoutATokenCreatesOneFromEmailAndPassword() throws Exception {
        server.newAccountToken("asked@example.com");
        Path elsewhere = tmp.resolve("other");
        var r = CliRun.withConfigIn(elsewhere)
                .answering("", "asked@example.com", "a long passphrase")
                .run("login", "--server", server.base);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("API token").contains("Email").contains("Password");
        assertThat(r.out()).contains("Signed in to " + server.base + " as CLI Test <asked@example.com>");
        assertThat(CliRun.withConfigIn(elsewhere).run("due", "--json").out()).isEqualTo("[]\n");
    }

    @Test
    void aRefusedTokenOrPasswordMeansNotSignedIn() {
        var r = CliRun.withConfigIn(tmp.resolve("x")).run("login", "--server", server.base, "--token", "rpt_wrong");
        assertThat(r.code()).isEqualTo(ExitCode.NOT_SIGNED_IN);
        assertThat(r.err()).startsWith("rapport: the server refused that token");
        var p = CliRun.withConfigIn(tmp.resolve("y"))
                .answering("", "nobody@example.com", "nope")
                .run("login", "--server", server.base);
        assertThat(p.code()).isEqualTo(ExitCode.NOT_SIGNED_IN);
        assertThat(p.err()).contains("wrong email or password");
    }

    @Test
    void aQuickCaptureLineLandsAsOneEncounterWithItsPeopleKindExchangesAndThankYou() throws Exception {
        var r = rapport(
                "log",
                "Coffee with @Ana Ruiz and @Bob about data roles #job_search #data "
                        + "gave: the article on lakehouses to @Bob; got: advice on CVs from @Ana Ruiz",
                "--when",
                "yesterday",
                "--channel",
                "video");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("Logged \"Coffee with Ana Ruiz and Bob about data roles\"")
                .contains("Ana Ruiz (new), Bob (new)")
                .contains("follow-up: Thank Ana Ruiz for advice on CVs from Ana Ruiz");

        String ana = personId("Ana Ruiz");
        String bob = personId("Bob");
        var encounters = items("/api/v1/encounters?kind=job_search");
        assertThat(encounters).hasSize(1);
        var e = encounters.get(0);
        assertThat(Json.list(e, "participantIds")).containsExactlyInAnyOrder(ana, bob);
        assertThat(e.get("channel")).isEqualTo("video");
        assertThat(Json.list(e, "topics")).containsExactly("data");
        assertThat(Json.text(e, "occurredAt"))
                .startsWith(LocalDate.now().minusDays(1).toString());
        assertThat(Json.list(e, "gave"))
                .containsExactly(
                        Map.of("type", "resource", "description", "the article on lakehouses to Bob", "personId", bob));
        assertThat(Json.list(e, "received"))
                .containsExactly(
                        Map.of("type", "advice", "description", "advice on CVs from Ana Ruiz", "personId", ana));
        var thanks = items("/api/v1/follow-ups?status=open&personId=" + ana);
        assertThat(thanks).singleElement().satisfies(f -> {
            assertThat(f.get("type")).isEqualTo("thank_you");
            assertThat(f.get("dueOn")).isEqualTo(LocalDate.now().toString());
        });
        assertThat(Json.list(get("/api/v1/people/" + ana), "roles")).isEmpty();
        assertThat(Json.list(Json.object(get("/api/v1/people/" + ana), "relationship"), "kinds"))
                .containsExactly("job_search");
    }

    @Test
    void knownPeopleAreReusedAndAFirstNameFindsTheOnlyMatch() throws Exception {
        assertThat(rapport("log", "Lunch with @\"José Núñez-Díaz\" #personal").code())
                .isZero();
        var r = rapport("log", "Call with @José", "--channel", "call", "--no-input");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("with José Núñez-Díaz").doesNotContain("(new)");
        assertThat(items("/api/v1/people")).hasSize(1);
        assertThat(items("/api/v1/encounters")).hasSize(2);
        assertThat(items("/api/v1/encounters").get(0).get("kind")).isEqualTo("professional");
    }

    @Test
    void dueListsWhatIsOwedAndDoneClosesIt() throws Exception {
        assertThat(rapport("log", "Met @Carla got: an intro to Acme's CTO", "--when", "3 days ago")
                        .code())
                .isZero();
        var due = rapport("due", "--json");
        assertThat(due.code()).isZero();
        List<Object> followUps = (List<Object>) Json.parse(due.out());
        assertThat(followUps)
                .singleElement()
                .satisfies(f ->
                        assertThat(Json.object(f).get("title")).isEqualTo("Thank Carla for an intro to Acme's CTO"));
        String id = Json.text(Json.object(followUps.get(0)), "id");
        var table = rapport("due");
        assertThat(table.out())
                .contains("DUE")
                .contains("(late)")
                .contains("thank-you")
                .contains(id);

        var done = rapport("done", id);
        assertThat(done.code()).as(done.toString()).isZero();
        assertThat(done.out()).isEqualTo("Done: Thank Carla for an intro to Acme's CTO\n");
        assertThat(rapport("due", "--json").out()).isEqualTo("[]\n");
        assertThat(rapport("due").out()).isEqualTo("Nothing due.\n");
        var again = rapport("done", "01a21594-4d7c-71f5-b48a-da4a4a949749");
        assertThat(again.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(again.err()).startsWith("rapport: Not found: No follow-up with id");
    }

    @Test
    void anAmbiguousNameFailsWithItsCandidatesUnderNoInputAndChangesNothing() throws Exception {
        assertThat(rapport("log", "Lunch with @Ana Ruiz").code()).isZero();
        assertThat(rapport("log", "Lunch with @Ana Gómez").code()).isZero();
        var r = rapport("log", "Drinks with @Ana and @Newcomer", "--no-input");
        assertThat(r.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(r.err())
                .contains("\"Ana\" matches 2 people")
                .contains("Ana Ruiz")
                .contains("Ana Gómez")
                .contains(personId("Ana Ruiz"));
        assertThat(items("/api/v1/encounters")).hasSize(2);
        assertThat(items("/api/v1/people")).hasSize(2);
        var json = rapport("log", "Drinks with @Ana", "--json");
        assertThat(json.code()).as("no terminal: nobody to ask").isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void anAmbiguousNameIsAskedAboutAtATerminal() throws Exception {
        assertThat(rapport("log", "Lunch with @Ana Ruiz").code()).isZero();
        assertThat(rapport("log", "Lunch with @Ana Gómez").code()).isZero();
        var r = CliRun.withConfigIn(config).answering("9", "2").run("log", "Drinks with @Ana", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("\"Ana\" could be:").contains("3) someone new named Ana");
        String chosen = r.err().contains("2) Ana Ruiz") ? personId("Ana Ruiz") : personId("Ana Gómez");
        assertThat(Json.list(Json.object(Json.parse(r.out())), "participantIds"))
                .containsExactly(chosen);
    }

    @Test
    void peopleSearchAndPersonShowInTablesAndJson() throws Exception {
        assertThat(rapport("log", "Coffee with @Zoë O'Brien #business got: a referral to Initech")
                        .code())
                .isZero();
        var table = rapport("people", "search", "zoe");
        assertThat(table.code()).isZero();
        assertThat(table.out()).startsWith("NAME").contains("Zoë O'Brien");
        var json = rapport("people", "search", "zoe", "--json");
        assertThat((List<Object>) Json.parse(json.out())).hasSize(1);
        var show = rapport("person", "show", "Zoë O'Brien");
        assertThat(show.code()).as(show.toString()).isZero();
        assertThat(show.out())
                .contains("Zoë O'Brien")
                .contains("business")
                .contains("Recent encounters:")
                .contains("Open follow-ups:");
        String id = personId("Zoë O'Brien");
        assertThat(Json.object(Json.parse(
                                rapport("person", "show", id, "--json").out()))
                        .get("id"))
                .isEqualTo(id);
        var nobody = rapport("person", "show", "Nobody");
        assertThat(nobody.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(rapport("people", "search", "nobody").out()).isEqualTo("No one matches \"nobody\".\n");
    }

    @Test
    void importWithADryRunThenForRealExportAndPaths() throws Exception {
        Path card = tmp.resolve("people.vcf");
        Files.writeString(
                card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vera Card\r\nN:Card;Vera;;;\r\nORG:Acme\r\nEND:VCARD\r\n");
        var dryRun = rapport("import", card.toString(), "--dry-run");
        assertThat(dryRun.code()).as(dryRun.toString()).isZero();
        assertThat(dryRun.out()).contains("Dry run").contains("1 created");
        assertThat(items("/api/v1/people")).isEmpty();

        var real = rapport("import", card.toString());
        assertThat(real.code()).as(real.toString()).isZero();
        assertThat(real.out()).contains("1 created");
        assertThat(items("/api/v1/people"))
                .extracting(p -> p.get("displayName"))
                .containsExactly("Vera Card");
        var again = rapport("import", card.toString());
        assertThat(again.out()).contains("0 created").contains("1 unchanged");

        var export = rapport("export", "--format", "json");
        assertThat(export.code()).as(export.toString()).isZero();
        assertThat(export.out()).contains("Vera Card");

        var path = rapport("path", "--to-org", "Acme");
        assertThat(path.code()).as(path.toString()).isZero();
        assertThat(path.out()).isNotBlank();
        assertThat(rapport("import", tmp.resolve("missing.csv").toString()).code())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void theJarRunsAsItsOwnProcessWithAccentsIntactWhateverTheLocale() throws Exception {
        Path jar = Path.of(System.getProperty("rapport.test.cliJar", "target/rapport-cli.jar"));
        assumeTrue(Files.isRegularFile(jar), "the CLI jar is not packaged yet");
        var log = java(
                jar,
                "log",
                "Coffee with @\"Ana María Ruiz\" #job_search got: intro to Carla at Acme",
                "--when",
                "yesterday",
                "--no-input");
        assertThat(log.exitValue()).isZero();
        assertThat(personId("Ana María Ruiz")).isNotBlank();
        var due = java(jar, "due", "--json");
        assertThat(due.exitValue()).isZero();
        String out = new String(due.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat((List<Object>) Json.parse(out))
                .singleElement()
                .satisfies(f -> assertThat(Json.object(f).get("title"))
                        .isEqualTo("Thank Ana María Ruiz for intro to Carla at Acme"));
    }

    private Process java(Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        // The C locale makes the JVM read arguments as ASCII: the CLI must still keep "María".
        builder.environment().remove("LANG");
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("RAPPORT_CONFIG_DIR", config.toString());
        Process p = builder.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p;
    }
}
