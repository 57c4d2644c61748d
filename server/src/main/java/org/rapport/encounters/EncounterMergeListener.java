package org.rapport.encounters;

import org.rapport.people.PeopleMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When two people are merged, the encounters and exchanges of the merged one become the survivor's. */
@Component
class EncounterMergeListener {
    private final JdbcClient jdbc;

    EncounterMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onPeopleMerged(PeopleMerged event) {
        String ws = event.workspace().toString();
        String from = event.mergedId().toString();
        String into = event.survivorId().toString();
        // Encounters both took part in keep the survivor once.
        jdbc.sql("""
                DELETE FROM encounter_participants WHERE workspace_id = :ws AND person_id = :from
                  AND encounter_id IN (SELECT encounter_id FROM encounter_participants
                                       WHERE workspace_id = :ws AND person_id = :into)
                """).param("ws", ws).param("from", from).param("into", into).update();
        jdbc.sql("UPDATE encounter_participants SET person_id = :into WHERE workspace_id = :ws AND person_id = :from")
                .param("ws", ws)
                .param("from", from)
                .param("into", into)
                .update();
        jdbc.sql("UPDATE exchanges SET person_id = :into WHERE workspace_id = :ws AND person_id = :from")
                .param("ws", ws)
                .param("from", from)
                .param("into", into)
                .update();
    }
}
