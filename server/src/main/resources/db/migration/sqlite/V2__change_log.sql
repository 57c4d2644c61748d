-- The change log: one row per change, written in the change's own transaction. Derived state
-- (search index, network graph, feed ETags) catches up from it by seq.
CREATE TABLE change_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id TEXT   NOT NULL,
    entity       TEXT   NOT NULL,
    entity_id    TEXT   NOT NULL,
    operation    TEXT   NOT NULL,
    member_id    TEXT,
    changed_at   BIGINT NOT NULL
);
CREATE INDEX change_log_workspace ON change_log (workspace_id, seq);
