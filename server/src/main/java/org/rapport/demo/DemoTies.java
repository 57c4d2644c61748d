package org.rapport.demo;

import static org.rapport.connections.ConnectionType.COLLEAGUE;
import static org.rapport.connections.ConnectionType.FAMILY;
import static org.rapport.connections.ConnectionType.FRIEND;
import static org.rapport.connections.ConnectionType.INTRODUCED;
import static org.rapport.followups.FollowUpType.CHECK_IN;
import static org.rapport.followups.FollowUpType.DELIVER;
import static org.rapport.followups.FollowUpType.INTRODUCE;
import static org.rapport.followups.FollowUpType.OTHER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.connections.ConnectionService.ConnectionDraft;
import org.rapport.connections.ConnectionType;
import org.rapport.followups.FollowUpDraft;
import org.rapport.followups.FollowUpStatus;
import org.rapport.followups.FollowUpType;

/** The follow-ups the member wrote down, and who in the network knows whom. */
final class DemoTies {
    private DemoTies() {}

    /** A follow-up due {@code dueInDays} after today (negative: overdue). */
    record DemoFollowUp(String personKey, FollowUpType type, String title, int dueInDays, boolean done) {
        FollowUpDraft draft(LocalDate today, Map<String, UUID> ids) {
            return new FollowUpDraft(
                    DemoEncounter.id(ids, personKey),
                    null,
                    type,
                    title,
                    null,
                    today.plusDays(dueInDays),
                    done ? FollowUpStatus.DONE : FollowUpStatus.OPEN);
        }
    }

    record DemoConnection(
            String a,
            String b,
            ConnectionType type,
            double strength,
            @Nullable String note) {
        ConnectionDraft draft(Map<String, UUID> ids) {
            return new ConnectionDraft(DemoEncounter.id(ids, a), DemoEncounter.id(ids, b), type, strength, note);
        }
    }

    static List<DemoFollowUp> followUps() {
        return List.of(
                new DemoFollowUp(
                        "kwame", DELIVER, "Send Kwame the proposal with phase one priced on its own", -2, false),
                new DemoFollowUp("ravi", DELIVER, "Return Ravi's ladder", -1, false),
                new DemoFollowUp("olusegun", CHECK_IN, "Ask Olusegun how the second Vandelay interview went", 0, false),
                new DemoFollowUp("gabriel", DELIVER, "Send Gabriel the little telemetry demo", 3, false),
                new DemoFollowUp(
                        "elif", INTRODUCE, "Introduce Elif to Linh: her students need a UX researcher", 5, false),
                new DemoFollowUp("bjorn", OTHER, "Buy Björn's birthday present (the moka pot)", 6, false),
                new DemoFollowUp("lars", CHECK_IN, "Ask Lars when Contoso decides between the two", 7, false),
                new DemoFollowUp("siobhan", DELIVER, "Send Siobhán the Kafka migration write-up", -79, true));
    }

    static List<DemoConnection> connections() {
        return List.of(
                new DemoConnection("jose", "marta", COLLEAGUE, 0.6, "Both at Acme Robotics"),
                new DemoConnection("jose", "dmitri", COLLEAGUE, 0.7, "Same floor at Acme"),
                new DemoConnection("dmitri", "gabriel", COLLEAGUE, 0.5, null),
                new DemoConnection("camille", "gabriel", COLLEAGUE, 0.4, "Camille's team reports into Gabriel's"),
                new DemoConnection("zoe", "siobhan", COLLEAGUE, 0.8, "Siobhán is Zoë's manager"),
                new DemoConnection("zoe", "fatima", COLLEAGUE, 0.6, null),
                new DemoConnection("lucia", "siobhan", COLLEAGUE, 0.4, null),
                new DemoConnection("hannah", "aiko", COLLEAGUE, 0.8, "Northwind's product and data leads"),
                new DemoConnection("aiko", "lars", FRIEND, 0.5, "Old friends from a health-data consortium"),
                new DemoConnection("olusegun", "kwame", INTRODUCED, 0.3, "I introduced them; Vandelay is hiring"),
                new DemoConnection("ingrid", "kwame", FRIEND, 0.5, null),
                new DemoConnection("chen", "noor", COLLEAGUE, 0.6, null),
                new DemoConnection("elif", "lars", COLLEAGUE, 0.3, "Both at Contoso Health"),
                new DemoConnection("priya", "ravi", FAMILY, 1.0, "Married"),
                new DemoConnection(
                        "priya", "olusegun", FRIEND, 0.6, "Neighbours; he takes her bins out when she is on nights"),
                new DemoConnection("ana", "elif", FRIEND, 0.7, "Book club"),
                new DemoConnection("bjorn", "camille", FAMILY, 0.9, "Partners"));
    }
}
