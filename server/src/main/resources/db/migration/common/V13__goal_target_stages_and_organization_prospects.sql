-- Target organizations move through the job-search stages like the people there, each move kept
-- with its time and its cause; a new-business prospect may be an organization instead of a person.

ALTER TABLE goal_targets ADD COLUMN stage TEXT NOT NULL DEFAULT 'identified';
ALTER TABLE goal_targets ADD COLUMN stage_since BIGINT NOT NULL DEFAULT 0;
UPDATE goal_targets SET stage_since = created_at;

-- cause: added (the target was added), manual (moved by hand) or person (one of its people reached
-- a further stage: caused_by_entry_id / caused_by_person_id, kept without foreign keys so the
-- history survives the person leaving the pipeline).
CREATE TABLE goal_target_moves (
    workspace_id        TEXT   NOT NULL,
    id                  TEXT   NOT NULL,
    target_id           TEXT   NOT NULL,
    from_stage          TEXT,
    to_stage            TEXT   NOT NULL,
    moved_at            BIGINT NOT NULL,
    cause               TEXT   NOT NULL,
    caused_by_entry_id  TEXT,
    caused_by_person_id TEXT,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, target_id) REFERENCES goal_targets (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX goal_target_moves_target ON goal_target_moves (workspace_id, target_id, moved_at);
-- Existing targets entered the pipeline when they were added (the target's id serves as that first move's id).
INSERT INTO goal_target_moves (workspace_id, id, target_id, from_stage, to_stage, moved_at, cause)
SELECT workspace_id, id, id, NULL, 'identified', created_at, 'added' FROM goal_targets;

-- goal_entries is rebuilt so person_id may be empty: an organization prospect names the
-- organization in prospect_organization_id (deleting the organization removes it). SQLite cannot
-- drop a NOT NULL, and dropping goal_entries would cascade into goal_stage_moves, so the moves
-- are set aside first and put back. The same statements run on PostgreSQL.
CREATE TABLE goal_stage_moves_kept AS SELECT * FROM goal_stage_moves;
DROP TABLE goal_stage_moves;

CREATE TABLE goal_entries_v13 (
    workspace_id             TEXT    NOT NULL,
    id                       TEXT    NOT NULL,
    goal_id                  TEXT    NOT NULL,
    person_id                TEXT,
    organization_id          TEXT,
    prospect_organization_id TEXT,
    stage                    TEXT    NOT NULL,
    stage_since              BIGINT  NOT NULL,
    source                   TEXT,
    referred_by_id           TEXT,
    value_cents              BIGINT,
    created_at               BIGINT  NOT NULL,
    updated_at               BIGINT  NOT NULL,
    version                  INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id),
    CHECK (person_id IS NOT NULL OR prospect_organization_id IS NOT NULL),
    FOREIGN KEY (workspace_id, goal_id) REFERENCES goals (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, prospect_organization_id) REFERENCES organizations (workspace_id, id) ON DELETE CASCADE
);
INSERT INTO goal_entries_v13 (workspace_id, id, goal_id, person_id, organization_id, prospect_organization_id, stage,
                              stage_since, source, referred_by_id, value_cents, created_at, updated_at, version)
SELECT workspace_id, id, goal_id, person_id, organization_id, NULL, stage, stage_since, source, referred_by_id,
       value_cents, created_at, updated_at, version
FROM goal_entries;
DROP TABLE goal_entries;
ALTER TABLE goal_entries_v13 RENAME TO goal_entries;
CREATE UNIQUE INDEX goal_entries_person ON goal_entries (workspace_id, goal_id, person_id);
CREATE UNIQUE INDEX goal_entries_prospect_organization ON goal_entries (workspace_id, goal_id, prospect_organization_id);
CREATE INDEX goal_entries_referrer ON goal_entries (workspace_id, referred_by_id);

CREATE TABLE goal_stage_moves (
    workspace_id TEXT   NOT NULL,
    id           TEXT   NOT NULL,
    entry_id     TEXT   NOT NULL,
    from_stage   TEXT,
    to_stage     TEXT   NOT NULL,
    moved_at     BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, entry_id) REFERENCES goal_entries (workspace_id, id) ON DELETE CASCADE
);
INSERT INTO goal_stage_moves (workspace_id, id, entry_id, from_stage, to_stage, moved_at)
SELECT workspace_id, id, entry_id, from_stage, to_stage, moved_at FROM goal_stage_moves_kept;
DROP TABLE goal_stage_moves_kept;
CREATE INDEX goal_stage_moves_entry ON goal_stage_moves (workspace_id, entry_id, moved_at);
