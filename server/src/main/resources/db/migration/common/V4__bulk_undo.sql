-- Bulk actions on people can be undone for a while: a bulk delete only marks people (deleted_at)
-- until the undo window has passed, and every bulk action keeps what it changed in bulk_undos.
ALTER TABLE people ADD COLUMN deleted_at BIGINT;

CREATE TABLE bulk_undos (
    workspace_id TEXT   NOT NULL,
    id           TEXT   NOT NULL,
    member_id    TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    action       TEXT   NOT NULL,
    summary      TEXT   NOT NULL,
    payload_json TEXT   NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX bulk_undos_created ON bulk_undos (created_at);
CREATE INDEX people_deleted ON people (deleted_at);
-- Lists read live people in name order. A partial index serves both databases: PostgreSQL does not
-- use (workspace_id, deleted_at, sort_name) for the order when the condition is IS NULL, and SQLite
-- would prefer such an index over the primary key for lookups by id.
DROP INDEX people_sort;
CREATE INDEX people_sort ON people (workspace_id, sort_name, id) WHERE deleted_at IS NULL;
