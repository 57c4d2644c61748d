-- A file previewed on the import page, kept until its import is confirmed, on whichever app node
-- the confirmation arrives, or for a day. BLOB here, BYTEA on PostgreSQL.
CREATE TABLE import_previews (
    workspace_id TEXT   NOT NULL,
    id           TEXT   NOT NULL,
    content      BLOB   NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, id) REFERENCES imports (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX import_previews_created ON import_previews (created_at);
