-- The change log: one row per change, written in the change's own transaction. Derived state
-- (search index, network graph, feed ETags) catches up from it by seq.
-- seq comes from an identity sequence: values are unique and increasing but may commit out of
-- order, so readers re-read a short window behind their high-water mark.
CREATE TABLE change_log (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY,
    workspace_id TEXT   NOT NULL,
    entity       TEXT   NOT NULL,
    entity_id    TEXT   NOT NULL,
    operation    TEXT   NOT NULL,
    member_id    TEXT,
    changed_at   BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, seq)
);
CREATE INDEX change_log_seq ON change_log (seq);
