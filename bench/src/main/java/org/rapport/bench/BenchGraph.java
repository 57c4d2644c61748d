package org.rapport.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ties of the paths benchmark's baselines, read from the server's database with the rules the
 * server's graph uses (docs/benchmarks.md, "Warm introductions"): a connection's strength, else its
 * type's default; overlapping roles at one organization 0.3 + 0.1 per year (at most 0.7); being at
 * one event 0.15; a strength set on a connection wins, otherwise the strongest evidence. Pairs are
 * kept once (a &lt; b) in a map keyed by a * n + b.
 */
final class BenchGraph {
    final Map<String, Integer> node = new HashMap<>();
    final Map<Long, float[]> ties = new HashMap<>(); // {strength, 1 when set on a connection}
    final int n;

    private BenchGraph(List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            node.put(ids.get(i), i);
        }
        n = ids.size();
    }

    static BenchGraph read(Connection db, String ws, List<String> ids, LocalDate today) throws SQLException {
        var g = new BenchGraph(ids);
        try (Statement s = db.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery(
                    "SELECT person_a_id, person_b_id, type, strength FROM connections WHERE workspace_id = '" + ws
                            + "'")) {
                while (rs.next()) {
                    double w = rs.getDouble(4);
                    boolean set = !rs.wasNull();
                    g.add(rs.getString(1), rs.getString(2), set ? w : typeDefault(rs.getString(3)), set);
                }
            }
            List<String[]> atOne = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT organization_id, person_id, start_on, end_on FROM roles"
                    + " WHERE workspace_id = '" + ws + "' ORDER BY organization_id")) {
                while (rs.next()) {
                    String[] role = {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)};
                    if (!atOne.isEmpty() && !atOne.get(0)[0].equals(role[0])) {
                        g.overlaps(atOne, today);
                        atOne.clear();
                    }
                    atOne.add(role);
                }
            }
            g.overlaps(atOne, today);
            List<String> together = new ArrayList<>();
            String current = "";
            try (ResultSet rs = s.executeQuery("SELECT p.encounter_id, p.person_id FROM encounter_participants p"
                    + " JOIN encounters e ON e.workspace_id = p.workspace_id AND e.id = p.encounter_id"
                    + " WHERE p.workspace_id = '" + ws + "' AND e.channel = 'event' ORDER BY p.encounter_id")) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(current)) {
                        g.together(together);
                        together.clear();
                        current = rs.getString(1);
                    }
                    together.add(rs.getString(2));
                }
            }
            g.together(together);
        }
        return g;
    }

    private void together(List<String> people) {
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                add(people.get(i), people.get(j), 0.15, false);
            }
        }
    }

    private void overlaps(List<String[]> roles, LocalDate today) {
        for (int i = 0; i < roles.size(); i++) {
            for (int j = i + 1; j < roles.size(); j++) {
                String[] a = roles.get(i);
                String[] b = roles.get(j);
                if (a[1].equals(b[1])) {
                    continue;
                }
                LocalDate e1 = a[3] == null ? today : LocalDate.parse(a[3]);
                LocalDate e2 = b[3] == null ? today : LocalDate.parse(b[3]);
                LocalDate s1 = a[2] == null ? e1 : LocalDate.parse(a[2]);
                LocalDate s2 = b[2] == null ? e2 : LocalDate.parse(b[2]);
                LocalDate from = s1.isAfter(s2) ? s1 : s2;
                LocalDate to = e1.isBefore(e2) ? e1 : e2;
                if (!to.isBefore(from)) {
                    double years = java.time.temporal.ChronoUnit.DAYS.between(from, to) / 365.25;
                    add(a[1], b[1], Math.min(0.7, 0.3 + 0.1 * years), false);
                }
            }
        }
    }

    private void add(String a, String b, double w, boolean set) {
        Integer x = node.get(a);
        Integer y = node.get(b);
        if (x == null || y == null || x.equals(y) || w <= 0) {
            return;
        }
        long key = (long) Math.min(x, y) * n + Math.max(x, y);
        float[] old = ties.get(key);
        float fw = (float) w;
        if (old == null || (set && old[1] == 0) || (set == (old[1] == 1) && fw > old[0])) {
            ties.put(key, new float[] {fw, set ? 1 : 0});
        }
    }

    static double typeDefault(String type) {
        return switch (type) {
            case "family" -> 0.8;
            case "friend" -> 0.7;
            case "colleague", "introduced" -> 0.5;
            default -> 0.4;
        };
    }

    /** Bytes of the plainest compressed adjacency of these ties: int offsets, int targets, float weights. */
    static long rawCsrBytes(long nodes, long ties) {
        return 4 * (nodes + 1) + 2 * ties * (4 + 4);
    }
}
