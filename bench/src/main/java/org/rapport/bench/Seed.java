package org.rapport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * A workspace of many people on a running server: the account, a token and the first person go
 * through the API; the rest are written straight into the server's database (the API would take
 * minutes), shaped like what the API writes. Writes {@code token} and {@code ids.txt} to {@code --out}.
 *
 * <pre>java -Dloader.main=org.rapport.bench.Seed -jar rapport-bench-baseline.jar --base http://127.0.0.1:8080
 *     --jdbc jdbc:sqlite:DIR/rapport.db [--people 30000] --out DIR</pre>
 */
public final class Seed {
    static final String EMAIL = "bench@example.org";
    static final String PASSWORD = "bench-password-1234";
    private static final String[] GIVEN = {
        "Ada", "Alan", "Grace", "Linus", "Margaret", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia",
        "Tim", "Hedy", "Dennis", "Katherine", "John", "Sophie", "Yukihiro", "Anita", "Guido", "Mary", "Niklaus",
        "Shafi", "Bjarne", "Joan", "Leslie", "Karen", "James", "Lynn", "Whitfield", "Zoë", "José", "Chloé",
        "Søren", "Ngozi", "Wei", "Priya", "Mateo", "Amélie", "Jürgen", "Olga", "Kwame", "Fatima", "Hiroshi",
        "Ingrid", "Rafael", "Aisha", "Björn", "Lucía", "Tomasz"
    };
    private static final String[] FAMILY = {
        "Lovelace",
        "Turing",
        "Hopper",
        "Torvalds",
        "Hamilton",
        "Dijkstra",
        "Liskov",
        "Knuth",
        "Allen",
        "Thompson",
        "Perlman",
        "Berners-Lee",
        "Lamarr",
        "Ritchie",
        "Johnson",
        "McCarthy",
        "Wilson",
        "Matsumoto",
        "Borg",
        "van Rossum",
        "Shaw",
        "Wirth",
        "Goldwasser",
        "Stroustrup",
        "Clarke",
        "Lamport",
        "Spärck Jones",
        "Gosling",
        "Conway",
        "Diffie",
        "Núñez",
        "García",
        "Müller",
        "Okafor",
        "Zhang",
        "Sharma",
        "Kowalski",
        "Dubois",
        "Andersson",
        "Nakamura",
        "Haddad",
        "Rossi",
        "O'Brien",
        "Petrov",
        "Mensah",
        "Fernández",
        "Larsen",
        "Khan",
        "Schmidt",
        "Silva"
    };
    private static final String[] TAGS = {"conference", "alumni", "climbing", "investor", "mentor", "former team"};
    private static final String[] TIERS = {"inner_circle", "close", "regular", "acquaintance"};
    private static final int[] TIER_DAYS = {7, 30, 90, 365};
    private static final String[] KINDS = {",personal,", ",professional,", ",professional,job_search,", ",business,"};
    private static final SecureRandom IDS = new SecureRandom();

    private Seed() {}

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String base = args.required("base");
        int count = args.integer("people", 30_000);
        Path out = Files.createDirectories(Path.of(args.required("out")));

        String account = Http.postJson(
                base + "/api/v1/accounts",
                "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Bench\"}",
                "",
                201);
        String workspace = Http.field(account, "workspaceId");
        String member = Http.field(account, "memberId");
        String token = Http.field(
                Http.postJson(base + "/api/v1/tokens", "{\"name\":\"bench\"}", Http.basic(EMAIL, PASSWORD), 201),
                "token");
        String bearer = "Bearer " + token;
        String first = Http.field(
                Http.postJson(
                        base + "/api/v1/people",
                        "{\"displayName\":\"Ada Lovelace\",\"givenName\":\"Ada\",\"familyName\":\"Lovelace\","
                                + "\"emails\":[{\"value\":\"ada@example.org\",\"label\":\"work\"}],"
                                + "\"tags\":[\"mentor\"],\"relationship\":{\"kinds\":[\"professional\"],"
                                + "\"closenessTier\":\"close\"}}",
                        bearer,
                        201),
                "id");

        List<String> ids = new ArrayList<>();
        ids.add(first);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args.required("jdbc"))) {
            insertPeople(db, workspace, member, count - 1, ids);
            if (db.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                // Autovacuum would analyze these tables within minutes, but maybe not before the load
                // starts; without statistics the planner reads relationships through relationships_due
                // and filters the whole workspace for each person (see docs/benchmarks.md).
                db.setAutoCommit(true);
                try (var statement = db.createStatement()) {
                    statement.execute("ANALYZE");
                }
            }
        }
        System.err.printf("Seeded %d people in %d ms%n", ids.size(), (System.nanoTime() - started) / 1_000_000);
        String total = Http.field(Http.get(base + "/api/v1/people?size=1", bearer), "total");
        if (Long.parseLong(total) != count) {
            throw new IllegalStateException("The API counts " + total + " people, expected " + count);
        }
        Files.writeString(out.resolve("token"), token);
        Files.write(out.resolve("ids.txt"), ids);
    }

    private static void insertPeople(Connection db, String ws, String member, int count, List<String> ids)
            throws SQLException {
        db.setAutoCommit(false);
        List<String> tagIds = new ArrayList<>();
        for (String name : TAGS) {
            tagIds.add(tagId(db, ws, name));
        }
        var random = new Random(42);
        long now = System.currentTimeMillis();
        try (var person = db.prepareStatement("""
                        INSERT INTO people (workspace_id, id, display_name, sort_name, given_name, family_name, birthday,
                                            addresses_json, notes, how_we_met, introduced_by_id, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, NULL, NULL, ?, ?, 1)""");
                var email = db.prepareStatement("""
                        INSERT INTO person_contact_points (workspace_id, person_id, kind, position, value, label, match_key)
                        VALUES (?, ?, 'email', 0, ?, 'work', ?)""");
                var tag = db.prepareStatement(
                        "INSERT INTO person_tags (workspace_id, person_id, tag_id) VALUES (?, ?, ?)");
                var relationship = db.prepareStatement("""
                        INSERT INTO relationships (workspace_id, member_id, person_id, kinds, closeness_tier, cadence_days,
                                                   last_contact_at, last_contact_offset, next_contact_due)
                        VALUES (?, ?, ?, ?, ?, NULL, ?, 0, ?)""")) {
            for (int i = 0; i < count; i++) {
                String id = newId();
                ids.add(id);
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                String name = given + " " + family;
                long created = now - random.nextInt(1_000_000_000);
                person.setString(1, ws);
                person.setString(2, id);
                person.setString(3, name);
                person.setString(4, nameKey(name));
                person.setString(5, given);
                person.setString(6, family);
                person.setString(
                        7, random.nextInt(3) == 0 ? String.format("--%02d-%02d", 1 + i % 12, 1 + i % 28) : null);
                person.setString(8, random.nextInt(4) == 0 ? "Met at a meetup; talked about " + family : null);
                person.setLong(9, created);
                person.setLong(10, created);
                person.addBatch();
                String address = (ascii(given) + "." + ascii(family) + i + "@example.org").toLowerCase(Locale.ROOT);
                set(email, ws, id, address, address);
                email.addBatch();
                if (random.nextInt(3) == 0) {
                    set(tag, ws, id, tagIds.get(random.nextInt(tagIds.size())));
                    tag.addBatch();
                }
                int tier = random.nextInt(TIERS.length);
                long lastContact = now - random.nextInt(400) * 86_400_000L;
                set(relationship, ws, member, id, KINDS[random.nextInt(KINDS.length)], TIERS[tier]);
                relationship.setLong(6, lastContact);
                relationship.setString(
                        7,
                        LocalDate.ofInstant(java.time.Instant.ofEpochMilli(lastContact), ZoneOffset.UTC)
                                .plusDays(TIER_DAYS[tier])
                                .toString());
                relationship.addBatch();
                if (i % 2000 == 1999 || i == count - 1) {
                    person.executeBatch();
                    email.executeBatch();
                    tag.executeBatch();
                    relationship.executeBatch();
                    db.commit();
                }
            }
        }
    }

    /** The tag's id, creating the tag unless the API already did (for the first person). */
    private static String tagId(Connection db, String ws, String name) throws SQLException {
        try (var find = db.prepareStatement("SELECT id FROM tags WHERE workspace_id = ? AND name_key = ?")) {
            set(find, ws, nameKey(name));
            try (var rs = find.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        String id = newId();
        try (var insert =
                db.prepareStatement("INSERT INTO tags (workspace_id, id, name, name_key) VALUES (?, ?, ?, ?)")) {
            set(insert, ws, id, name, nameKey(name));
            insert.executeUpdate();
        }
        return id;
    }

    private static void set(PreparedStatement statement, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setString(i + 1, values[i]);
        }
    }

    /** As the server's Keys.nameKey: lower case, accents removed, spaces collapsed. */
    static String nameKey(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").trim();
    }

    private static String ascii(String text) {
        return nameKey(text).replaceAll("[^a-z]", "");
    }

    /** UUIDv7 layout (time first, then random bits); uniqueness is all the seeding needs. */
    static String newId() {
        long millis = System.currentTimeMillis();
        long msb = (millis << 16) | 0x7000L | (IDS.nextInt() & 0xFFF);
        long lsb = (IDS.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
