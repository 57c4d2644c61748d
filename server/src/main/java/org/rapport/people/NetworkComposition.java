package org.rapport.people;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The member's network by kind and closeness tier: how many people in each (a person of several kinds counts in each). */
@Service
public class NetworkComposition {
    private final JdbcClient jdbc;

    NetworkComposition(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** People of a kind (null: no kind) in a tier (null: no tier). */
    public record Cell(@Nullable Kind kind, @Nullable ClosenessTier tier, long people) {}

    public List<Cell> byKindAndTier(CurrentMember me) {
        List<Cell> cells = new ArrayList<>();
        jdbc.sql("""
                SELECT r.kinds, r.closeness_tier, COUNT(*) FROM relationships r
                JOIN people p ON p.workspace_id = r.workspace_id AND p.id = r.person_id
                WHERE r.workspace_id = :ws AND r.member_id = :member AND p.deleted_at IS NULL
                GROUP BY r.kinds, r.closeness_tier
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .query(rs -> {
                    String tierText = rs.getString(2);
                    ClosenessTier tier = tierText == null ? null : ClosenessTier.fromWire(tierText);
                    long count = rs.getLong(3);
                    List<Kind> kinds = new ArrayList<>();
                    for (String k : rs.getString(1).split(",")) {
                        if (!k.isBlank()) {
                            kinds.add(Kind.fromWire(k));
                        }
                    }
                    if (kinds.isEmpty()) {
                        cells.add(new Cell(null, tier, count));
                    }
                    kinds.forEach(k -> cells.add(new Cell(k, tier, count)));
                });
        return cells;
    }
}
