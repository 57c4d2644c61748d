package org.rapport.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work done once per member by whichever node gets there first (automatic follow-ups) checks what
 * exists and then writes: two nodes doing it at once would both find nothing and both write. Holding
 * the member's row until the transaction ends makes the second wait and then find the first's work.
 * A no-op update takes the lock on both databases (PostgreSQL's row lock, SQLite's one writer).
 */
@Component
public class MemberLock {
    private final JdbcClient jdbc;

    MemberLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call first in the transaction, before reading what it decides on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdUntilCommit(CurrentMember me) {
        jdbc.sql("UPDATE members SET role = role WHERE workspace_id = :ws AND id = :id")
                .param("ws", me.workspace().toString())
                .param("id", me.memberId().toString())
                .update();
    }
}
