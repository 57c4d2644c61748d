-- Imports: each run with its counts and state (any node answers its progress), the source key of
-- every imported record (so importing the same file again changes nothing), and what each run
-- created or changed, with before-images, so it can be undone.
CREATE TABLE imports (
    workspace_id   TEXT    NOT NULL REFERENCES workspaces (workspace_id) ON DELETE CASCADE,
    id             TEXT    NOT NULL,
    member_id      TEXT    NOT NULL,
    file_name      TEXT    NOT NULL,
    format         TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    dry_run        INTEGER NOT NULL DEFAULT 0,
    processed      INTEGER NOT NULL DEFAULT 0,
    created        INTEGER NOT NULL DEFAULT 0,
    updated        INTEGER NOT NULL DEFAULT 0,
    unchanged      INTEGER NOT NULL DEFAULT 0,
    skipped        INTEGER NOT NULL DEFAULT 0,
    report_json    TEXT    NOT NULL DEFAULT '{}',
    started_at     BIGINT  NOT NULL,
    finished_at    BIGINT,
    undone_at      BIGINT,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX imports_started ON imports (workspace_id, started_at);

-- source: 'linkedin', 'google-csv', 'outlook-csv', 'vcard' or 'ics'; source_key: what identifies the
-- record in that source (a profile URL, an email, a vCard UID, UID + RECURRENCE-ID).
CREATE TABLE import_sources (
    workspace_id TEXT NOT NULL,
    source       TEXT NOT NULL,
    source_key   TEXT NOT NULL,
    person_id    TEXT,
    encounter_id TEXT,
    import_id    TEXT NOT NULL,
    PRIMARY KEY (workspace_id, source, source_key),
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, encounter_id) REFERENCES encounters (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX import_sources_person ON import_sources (workspace_id, person_id);
CREATE INDEX import_sources_encounter ON import_sources (workspace_id, encounter_id);

-- What one import did to one entity: 'created', or 'updated' with the entity as it was before.
CREATE TABLE import_changes (
    workspace_id TEXT NOT NULL,
    import_id    TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    action       TEXT NOT NULL,
    before_json  TEXT,
    PRIMARY KEY (workspace_id, import_id, entity, entity_id),
    FOREIGN KEY (workspace_id, import_id) REFERENCES imports (workspace_id, id) ON DELETE CASCADE
);
