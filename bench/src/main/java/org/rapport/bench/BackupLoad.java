package org.rapport.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON backup of a seeded workspace against raw JDBC in the same run: export (GET
 * /api/v1/export?format=json, read to the end) against SELECTs of the same tables written with a bare
 * Jackson generator; restore (POST /api/v1/restore into a new account) against batched INSERTs of
 * the same rows in one transaction. Prints a markdown table with medians.
 *
 * <pre>java -Dloader.main=org.rapport.bench.BackupLoad -jar rapport-bench-baseline.jar --base URL
 *     --dir SEED_DIR --jdbc JDBC_URL [--rounds 3]</pre>
 */
public final class BackupLoad {
    /** The backed-up tables in backup order, the workspace's own row left out. */
    static final List<String> TABLES = List.of(
            "people",
            "person_contact_points",
            "tags",
            "person_tags",
            "organizations",
            "roles",
            "relationships",
            "connections",
            "encounters",
            "encounter_participants",
            "exchanges",
            "follow_ups",
            "cadence_defaults");

    private BackupLoad() {}

    public static void main(String[] argv) throws Exception {
        var args = new Args(argv);
        String base = args.required("base");
        String jdbc = args.required("jdbc");
        int rounds = args.integer("rounds", 3);
        String bearer = "Bearer "
                + Files.readString(Path.of(args.required("dir"), "token")).trim();
        String me = Http.get(base + "/api/v1/me", bearer);
        String workspace = Http.field(me, "workspaceId");

        // One untimed round of each first: both sides start with a warm JIT.
        byte[] backup = download(base + "/api/v1/export?format=json", bearer);
        try (Connection db = DriverManager.getConnection(jdbc)) {
            rawExport(db, workspace);
        }
        long[] export = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            backup = download(base + "/api/v1/export?format=json", bearer);
            export[r] = System.nanoTime() - t;
        }
        long[] rawExport = new long[rounds];
        try (Connection db = DriverManager.getConnection(jdbc)) {
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                rawExport(db, workspace);
                rawExport[r] = System.nanoTime() - t;
            }
        }
        long[] restore = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            String target = newAccount(base, "restore" + r);
            long t = System.nanoTime();
            upload(base + "/api/v1/restore", "Bearer " + target, backup);
            restore[r] = System.nanoTime() - t;
        }
        long[] rawRestore = new long[rounds];
        try (Connection db = DriverManager.getConnection(jdbc)) {
            var rows = read(db, workspace);
            for (int r = 0; r < rounds; r++) {
                String target = newAccount(base, "raw" + r);
                String ids = Http.get(base + "/api/v1/me", "Bearer " + target);
                rawRestore[r] = rawInsert(db, rows, Http.field(ids, "workspaceId"), Http.field(ids, "memberId"));
            }
        }
        long people = Long.parseLong(Http.field(Http.get(base + "/api/v1/people?size=1", bearer), "total"));
        System.out.printf("%d people, a %.1f MB backup; median of %d rounds.%n%n", people, backup.length / 1e6, rounds);
        System.out.println("| | Rapport | raw JDBC | Rapport / raw (throughput) |");
        System.out.println("|---|---|---|---|");
        row("export (JSON)", export, rawExport);
        row("restore", restore, rawRestore);
    }

    private static void row(String what, long[] ours, long[] raw) {
        double a = median(ours) / 1e6;
        double b = median(raw) / 1e6;
        System.out.printf("| %s | %.0f ms | %.0f ms | %.2f× |%n", what, a, b, b / a);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String newAccount(String base, String name) {
        String email = "bench-" + name + "-" + UUID.randomUUID() + "@example.org";
        Http.postJson(
                base + "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + Seed.PASSWORD + "\",\"name\":\"Bench\"}",
                "",
                201);
        return Http.field(
                Http.postJson(base + "/api/v1/tokens", "{\"name\":\"bench\"}", Http.basic(email, Seed.PASSWORD), 201),
                "token");
    }

    private static byte[] download(String url, String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", bearer)
                .build();
        HttpResponse<InputStream> answer = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = answer.body()) {
            byte[] body = in.readAllBytes();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("export answered " + answer.statusCode());
            }
            return body;
        }
    }

    private static void upload(String url, String bearer, byte[] backup) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.json\"\r\n"
                        + "Content-Type: application/json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(backup);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        var answer = Http.send(request);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("restore answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** The same rows read and written as JSON by hand: the least a backup could cost. */
    private static void rawExport(Connection db, String workspace) throws SQLException {
        db.setAutoCommit(false);
        try (JsonGenerator g = JsonMapper.builder().build().createGenerator(OutputStream.nullOutputStream())) {
            g.writeStartObject();
            for (String table : TABLES) {
                g.writeName(table);
                g.writeStartArray();
                try (PreparedStatement select =
                        db.prepareStatement("SELECT * FROM " + table + " WHERE workspace_id = ? ORDER BY 2")) {
                    select.setFetchSize(500);
                    select.setString(1, workspace);
                    try (ResultSet rs = select.executeQuery()) {
                        ResultSetMetaData meta = rs.getMetaData();
                        String[] names = new String[meta.getColumnCount()];
                        for (int c = 0; c < names.length; c++) {
                            names[c] = meta.getColumnName(c + 1);
                        }
                        while (rs.next()) {
                            g.writeStartObject();
                            for (int c = 1; c <= names.length; c++) {
                                g.writeName(names[c - 1]);
                                Object value = rs.getObject(c);
                                if (value == null) {
                                    g.writeNull();
                                } else if (value instanceof Number n) {
                                    g.writeNumber(n.longValue());
                                } else {
                                    g.writeString(value.toString());
                                }
                            }
                            g.writeEndObject();
                        }
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    record Table(String name, List<String> columns, List<Object[]> rows) {}

    private static List<Table> read(Connection db, String workspace) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (String table : TABLES) {
            try (PreparedStatement select =
                    db.prepareStatement("SELECT * FROM " + table + " WHERE workspace_id = ? ORDER BY 2")) {
                select.setString(1, workspace);
                try (ResultSet rs = select.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        columns.add(meta.getColumnName(c).toLowerCase(java.util.Locale.ROOT));
                    }
                    List<Object[]> rows = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int c = 0; c < row.length; c++) {
                            row[c] = rs.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                    tables.add(new Table(table, columns, rows));
                }
            }
        }
        return tables;
    }

    /** Batched INSERTs of the rows into another workspace, in one transaction; answers the nanoseconds. */
    private static long rawInsert(Connection db, List<Table> tables, String workspace, String member)
            throws SQLException {
        long t = System.nanoTime();
        db.setAutoCommit(false);
        for (Table table : tables) {
            String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                    + String.join(
                            ", ", java.util.Collections.nCopies(table.columns().size(), "?")) + ")";
            try (PreparedStatement insert = db.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : table.rows()) {
                    for (int c = 0; c < row.length; c++) {
                        String column = table.columns().get(c);
                        Object value = column.equals("workspace_id")
                                ? workspace
                                : column.equals("member_id") ? member : row[c];
                        insert.setObject(c + 1, value);
                    }
                    insert.addBatch();
                    if (++pending == 500) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        }
        db.commit();
        db.setAutoCommit(true);
        return System.nanoTime() - t;
    }
}
