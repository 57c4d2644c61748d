package org.rapport.bench;

import static org.rapport.bench.NetworkVocabulary.pick;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.datafaker.Faker;

/**
 * A deterministic network written straight into one workspace of a Rapport database, with a
 * change-log row per entity so the search index and the graph catch up as they do after any write.
 * The same seed, size and as-of date give the same names, texts, ids and times.
 *
 * <p>Sizes: S 3,000 people; M 30,000 people and 300,000 encounters; L 100,000 people and 1,000,000
 * connections (see {@link Size}). Organizations, roles (current and past, so people overlap at the
 * same organization), emails, phones, tags, notes, relationships (last contact from the encounters),
 * encounters with participants, topics and exchanges, and connections (half between colleagues).
 *
 * <pre>java -Dloader.main=org.rapport.bench.NetworkGenerator -jar rapport-bench-baseline.jar
 *     --base http://127.0.0.1:8080 --jdbc jdbc:sqlite:DIR/rapport.db --size M --out DIR [--seed 42]
 *     [--as-of 2026-11-26] [--email bench@example.org]</pre>
 * creates the account and a token through the API, loads the network, and writes {@code token},
 * {@code workspace}, {@code member}, {@code ids.txt} (person ids) and {@code organizations.txt} to {@code --out}.
 */
public final class NetworkGenerator {
    /** People, organizations, encounters and connections of each size. */
    public enum Size {
        S(3_000, 300, 30_000, 30_000),
        M(30_000, 3_000, 300_000, 300_000),
        L(100_000, 10_000, 300_000, 1_000_000);

        final int people;
        final int organizations;
        final int encounters;
        final int connections;

        Size(int people, int organizations, int encounters, int connections) {
            this.people = people;
            this.organizations = organizations;
            this.encounters = encounters;
            this.connections = connections;
        }
    }

    /** What was loaded: person ids and organization names in creation order. */
    public record Loaded(List<String> personIds, List<String> organizationNames, int encounters, int connections) {}

    private static final long DAY = 86_400_000L;
    private final Connection db;
    private final String ws;
    private final String member;
    private final Size size;
    private final Random random;
    private final Random idRandom;
    private final List<Faker> fakers;
    private final long asOf;
    private long idClock;

    private NetworkGenerator(Connection db, String ws, String member, Size size, long seed, LocalDate asOf) {
        this.db = db;
        this.ws = ws;
        this.member = member;
        this.size = size;
        this.random = new Random(seed);
        this.idRandom = new Random(seed * 31 + 7);
        // Several locales, so names carry accents (José Núñez, Jürgen Müller) as real address books do.
        this.fakers = List.of(
                new Faker(Locale.ENGLISH, new Random(seed + 1)),
                new Faker(Locale.forLanguageTag("es"), new Random(seed + 2)),
                new Faker(Locale.forLanguageTag("de"), new Random(seed + 3)),
                new Faker(Locale.forLanguageTag("fr"), new Random(seed + 4)),
                new Faker(Locale.forLanguageTag("pt-BR"), new Random(seed + 5)));
        this.asOf = asOf.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        this.idClock = this.asOf - 400 * DAY;
    }

    /** Loads a network of the given size into the workspace (which must exist, with the member). */
    public static Loaded load(Connection db, String ws, String member, Size size, long seed, LocalDate asOf)
            throws SQLException {
        return new NetworkGenerator(db, ws, member, size, seed, asOf).load();
    }

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String base = args.required("base");
        Size size = Size.valueOf(args.string("size", "M").toUpperCase(Locale.ROOT));
        long seed = Long.parseLong(args.string("seed", "42"));
        LocalDate asOf = LocalDate.parse(
                args.string("as-of", LocalDate.now(ZoneOffset.UTC).toString()));
        Path out = Files.createDirectories(Path.of(args.required("out")));
        String email = args.string("email", Seed.EMAIL);
        String account = Http.postJson(
                base + "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + Seed.PASSWORD + "\",\"name\":\"Bench\"}",
                "",
                201);
        String token = Http.field(
                Http.postJson(base + "/api/v1/tokens", "{\"name\":\"bench\"}", Http.basic(email, Seed.PASSWORD), 201),
                "token");
        String workspace = Http.field(account, "workspaceId");
        long started = System.nanoTime();
        Loaded loaded;
        try (Connection db = DriverManager.getConnection(batchFriendly(args.required("jdbc")))) {
            loaded = load(db, workspace, Http.field(account, "memberId"), size, seed, asOf);
        }
        System.err.printf(
                "Generated %s: %d people, %d organizations, %d encounters, %d connections in %d ms%n",
                size,
                loaded.personIds().size(),
                loaded.organizationNames().size(),
                loaded.encounters(),
                loaded.connections(),
                (System.nanoTime() - started) / 1_000_000);
        Files.writeString(out.resolve("token"), token);
        Files.writeString(out.resolve("workspace"), workspace);
        Files.writeString(out.resolve("member"), Http.field(account, "memberId"));
        Files.write(out.resolve("ids.txt"), loaded.personIds());
        Files.write(out.resolve("organizations.txt"), loaded.organizationNames());
    }

    /** PostgreSQL sends a batch as one multi-row INSERT only when asked to. */
    static String batchFriendly(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:") || jdbcUrl.contains("reWriteBatchedInserts")) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    private Loaded load() throws SQLException {
        try (var out = new BatchWriter(db)) {
            List<String> orgIds = new ArrayList<>();
            List<String> orgNames = new ArrayList<>();
            organizations(out, orgIds, orgNames);
            String[] tagIds = tags(out);
            People people = people(out, orgIds, orgNames, tagIds);
            long[] lastContact = new long[size.people];
            encounters(out, people, orgNames, lastContact);
            relationships(out, people, lastContact);
            int connections = connections(out, people);
            out.finish();
            return new Loaded(List.of(people.ids), orgNames, size.encounters, connections);
        }
    }

    private void organizations(BatchWriter out, List<String> ids, List<String> names) throws SQLException {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < size.organizations; i++) {
            String name = faker().company().name();
            if (!keys.add(Seed.nameKey(name))) {
                name = name + " " + (i + 1);
                keys.add(Seed.nameKey(name));
            }
            String id = newId();
            long created = asOf - random.nextInt(1000) * DAY;
            out.add("""
                    INSERT INTO organizations (workspace_id, id, name, name_key, website, notes, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, 1)""", ws, id, name, Seed.nameKey(name), created, created);
            change(out, "organization", id);
            ids.add(id);
            names.add(name);
        }
        out.flush();
    }

    private String[] tags(BatchWriter out) throws SQLException {
        String[] ids = new String[NetworkVocabulary.TAGS.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = newId();
            String name = NetworkVocabulary.TAGS.get(i);
            out.add(
                    "INSERT INTO tags (workspace_id, id, name, name_key) VALUES (?, ?, ?, ?)",
                    ws,
                    ids[i],
                    name,
                    Seed.nameKey(name));
        }
        out.flush();
        return ids;
    }

    /** Person ids, names, their current organization (index) and the people of each organization. */
    private record People(String[] ids, String[] names, int[] organization, int[][] byOrganization) {}

    private People people(BatchWriter out, List<String> orgIds, List<String> orgNames, String[] tagIds)
            throws SQLException {
        int n = size.people;
        String[] ids = new String[n];
        String[] names = new String[n];
        int[] organization = new int[n];
        for (int i = 0; i < n; i++) {
            Faker faker = faker();
            String given = faker.name().firstName();
            String family = faker.name().lastName();
            String name = given + " " + family;
            String id = newId();
            ids[i] = id;
            names[i] = name;
            organization[i] = skewed(orgIds.size());
            long created = asOf - random.nextInt(1500) * DAY;
            String topic = pick(random, NetworkVocabulary.TOPICS);
            String notes = random.nextInt(3) == 0
                    ? NetworkVocabulary.notes(random, topic, orgNames.get(organization[i]))
                    : null;
            out.add(
                    """
                    INSERT INTO people (workspace_id, id, display_name, sort_name, given_name, family_name, birthday,
                                        addresses_json, notes, how_we_met, introduced_by_id, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, NULL, NULL, ?, ?, 1)""",
                    ws,
                    id,
                    name,
                    Seed.nameKey(name),
                    given,
                    family,
                    random.nextInt(3) == 0
                            ? String.format("--%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                            : null,
                    notes,
                    created,
                    created);
            String email = (ascii(given) + "." + ascii(family) + i + "@example.org");
            contactPoint(out, id, "email", 0, email, "work", email);
            if (random.nextInt(2) == 0) {
                String phone = "+1 555 " + String.format("%03d %04d", random.nextInt(1000), random.nextInt(10_000));
                contactPoint(out, id, "phone", 0, phone, "mobile", "+" + phone.replaceAll("[^0-9]", ""));
            }
            if (random.nextInt(3) == 0) {
                out.add(
                        "INSERT INTO person_tags (workspace_id, person_id, tag_id) VALUES (?, ?, ?)",
                        ws,
                        id,
                        tagIds[random.nextInt(tagIds.length)]);
            }
            roles(out, id, organization[i], orgIds, faker);
            change(out, "person", id);
        }
        out.flush();
        return new People(ids, names, organization, byOrganization(organization, orgIds.size()));
    }

    /** The current role, and for half the people an earlier one that ended. */
    private void roles(BatchWriter out, String personId, int current, List<String> orgIds, Faker faker)
            throws SQLException {
        LocalDate today = LocalDate.ofEpochDay(asOf / DAY);
        LocalDate start = today.minusDays(30 + random.nextInt(3000));
        String sql = """
                INSERT INTO roles (workspace_id, id, person_id, organization_id, title, start_on, end_on, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
        out.add(sql, ws, newId(), personId, orgIds.get(current), faker.job().title(), start.toString(), null, 0);
        if (random.nextBoolean()) {
            LocalDate earlier = start.minusDays(200 + random.nextInt(2000));
            int before = skewed(orgIds.size());
            if (before != current) {
                out.add(
                        sql,
                        ws,
                        newId(),
                        personId,
                        orgIds.get(before),
                        faker.job().title(),
                        earlier.toString(),
                        start.minusDays(1).toString(),
                        1);
            }
        }
    }

    private void encounters(BatchWriter out, People people, List<String> orgNames, long[] lastContact)
            throws SQLException {
        for (int i = 0; i < size.encounters; i++) {
            String id = newId();
            // Recent encounters are more common: the age is the square of a uniform draw, up to three years.
            double u = random.nextDouble();
            long at = asOf - (long) (u * u * 1095 * DAY) - random.nextInt(86_400) * 1000L;
            String topic = pick(random, NetworkVocabulary.TOPICS);
            int count = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
            int[] participants = new int[count];
            for (int p = 0; p < count; p++) {
                participants[p] = skewed(people.ids.length);
            }
            participants = Arrays.stream(participants).distinct().toArray();
            String topics = random.nextInt(3) == 0 ? "[]" : "[\"" + topic + "\"]";
            out.add(
                    """
                    INSERT INTO encounters (workspace_id, id, member_id, occurred_at, occurred_offset, channel, kind, title,
                                            location, notes, topics_json, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, 0, ?, ?, ?, NULL, ?, ?, ?, ?, 1)""",
                    ws,
                    id,
                    member,
                    at,
                    pick(random, NetworkVocabulary.CHANNELS),
                    pick(random, NetworkVocabulary.KINDS),
                    NetworkVocabulary.title(random, topic),
                    random.nextInt(5) == 0 ? "Talked about " + topic + "." : null,
                    topics,
                    at,
                    at);
            for (int p = 0; p < participants.length; p++) {
                out.add("""
                        INSERT INTO encounter_participants (workspace_id, encounter_id, person_id, position)
                        VALUES (?, ?, ?, ?)""", ws, id, people.ids[participants[p]], p);
                lastContact[participants[p]] = Math.max(lastContact[participants[p]], at);
            }
            int position = 0;
            for (String direction : List.of("gave", "received")) {
                if (random.nextInt(5) < 2) {
                    String type = pick(random, NetworkVocabulary.EXCHANGE_TYPES);
                    int other = skewed(people.ids.length);
                    String description = NetworkVocabulary.exchange(
                            random, type, topic, people.names[other], orgNames.get(people.organization[other]));
                    String person = direction.equals("received") || random.nextBoolean()
                            ? people.ids[participants[random.nextInt(participants.length)]]
                            : null;
                    out.add("""
                            INSERT INTO exchanges (workspace_id, id, encounter_id, direction, type, description, person_id, position)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", ws, newId(), id, direction, type, description, person, position++);
                }
            }
            change(out, "encounter", id);
        }
        out.flush();
    }

    private void relationships(BatchWriter out, People people, long[] lastContact) throws SQLException {
        for (int i = 0; i < people.ids.length; i++) {
            int tier = random.nextInt(NetworkVocabulary.TIERS.size());
            String kinds = ","
                    + String.join(
                            ",",
                            new HashSet<>(List.of(
                                            pick(random, NetworkVocabulary.KINDS),
                                            pick(random, NetworkVocabulary.KINDS)))
                                    .stream().sorted().toList())
                    + ",";
            Long last = lastContact[i] == 0 ? null : lastContact[i];
            String due = last == null
                    ? null
                    : LocalDate.ofEpochDay(last / DAY)
                            .plusDays(NetworkVocabulary.TIER_DAYS[tier])
                            .toString();
            out.add(
                    """
                    INSERT INTO relationships (workspace_id, member_id, person_id, kinds, closeness_tier, cadence_days,
                                               last_contact_at, last_contact_offset, next_contact_due)
                    VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)""",
                    ws,
                    member,
                    people.ids[i],
                    kinds,
                    NetworkVocabulary.TIERS.get(tier),
                    last,
                    last == null ? null : 0,
                    due);
        }
        out.flush();
    }

    /** Half between people of the same organization (colleagues), the rest across the network. */
    private int connections(BatchWriter out, People people) throws SQLException {
        int n = people.ids.length;
        Set<Long> seen = new HashSet<>();
        int written = 0;
        int attempts = 0;
        while (written < size.connections && attempts++ < size.connections * 4) {
            int a = skewed(n);
            int b;
            String type;
            int[] colleagues = people.byOrganization[people.organization[a]];
            if (random.nextBoolean() && colleagues.length > 1) {
                b = colleagues[random.nextInt(colleagues.length)];
                type = "colleague";
            } else {
                b = skewed(n);
                type = random.nextInt(4) == 0 ? (random.nextBoolean() ? "friend" : "introduced") : "knows";
            }
            if (a == b) {
                continue;
            }
            String first = people.ids[a];
            String second = people.ids[b];
            if (UUID.fromString(first).compareTo(UUID.fromString(second)) > 0) {
                String swap = first;
                first = second;
                second = swap;
            }
            if (!seen.add((long) Math.min(a, b) * n + Math.max(a, b))) {
                continue;
            }
            String id = newId();
            out.add(
                    """
                    INSERT INTO connections (workspace_id, id, person_a_id, person_b_id, type, strength, source, note, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'import', NULL, ?)""",
                    ws,
                    id,
                    first,
                    second,
                    type,
                    random.nextInt(3) == 0 ? null : Math.round((0.2 + random.nextDouble() * 0.8) * 100) / 100.0,
                    asOf - random.nextInt(1000) * DAY);
            change(out, "connection", id);
            written++;
        }
        return written;
    }

    private void contactPoint(
            BatchWriter out, String personId, String kind, int position, String value, String label, String key)
            throws SQLException {
        out.add("""
                INSERT INTO person_contact_points (workspace_id, person_id, kind, position, value, label, match_key)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", ws, personId, kind, position, value, label, key);
    }

    private void change(BatchWriter out, String entity, String id) throws SQLException {
        out.add("""
                INSERT INTO change_log (workspace_id, entity, entity_id, operation, member_id, changed_at)
                VALUES (?, ?, ?, 'create', ?, ?)""", ws, entity, id, member, System.currentTimeMillis());
    }

    private static int[][] byOrganization(int[] organization, int organizations) {
        int[] counts = new int[organizations];
        for (int o : organization) {
            counts[o]++;
        }
        int[][] members = new int[organizations][];
        for (int o = 0; o < organizations; o++) {
            members[o] = new int[counts[o]];
        }
        int[] filled = new int[organizations];
        for (int p = 0; p < organization.length; p++) {
            members[organization[p]][filled[organization[p]]++] = p;
        }
        return members;
    }

    /** An index in [0, n) where low indexes are much more likely: a few hubs, a long tail. */
    private int skewed(int n) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), 1.5)));
    }

    private Faker faker() {
        int r = random.nextInt(10);
        return fakers.get(r < 5 ? 0 : r < 7 ? 1 : r - 6);
    }

    /** UUIDv7 layout from a seeded clock and random bits: the same seed gives the same ids. */
    private String newId() {
        idClock += 1 + idRandom.nextInt(3);
        long msb = (idClock << 16) | 0x7000L | idRandom.nextInt(0x1000);
        long lsb = (idRandom.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    private static String ascii(String text) {
        return Seed.nameKey(text).replaceAll("[^a-z]", "");
    }
}
