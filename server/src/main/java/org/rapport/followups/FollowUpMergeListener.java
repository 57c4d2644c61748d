package org.rapport.followups;

import org.rapport.people.PeopleMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When two people are merged, the merged one's follow-ups become the survivor's. */
@Component
class FollowUpMergeListener {
    private final JdbcClient jdbc;

    FollowUpMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onPeopleMerged(PeopleMerged event) {
        jdbc.sql("UPDATE follow_ups SET person_id = :into WHERE workspace_id = :ws AND person_id = :from")
                .param("ws", event.workspace().toString())
                .param("from", event.mergedId().toString())
                .param("into", event.survivorId().toString())
                .update();
    }
}
