-- Goals: a job search or a new-business push, with the people moving through its stages.
-- Every move is kept with its time (goal_stage_moves), so funnels and stale flags are read, not guessed.
CREATE TABLE goals (
    workspace_id     TEXT    NOT NULL REFERENCES workspaces (workspace_id) ON DELETE CASCADE,
    id               TEXT    NOT NULL,
    member_id        TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    notes            TEXT,
    stale_after_days INTEGER NOT NULL DEFAULT 14,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL,
    version          INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX goals_member ON goals (workspace_id, member_id, created_at);

-- A job search's target organizations: motivation 1 (low) to 3 (high), whether a posting is open,
-- the roles wanted there (a JSON array of titles).
CREATE TABLE goal_targets (
    workspace_id    TEXT    NOT NULL,
    id              TEXT    NOT NULL,
    goal_id         TEXT    NOT NULL,
    organization_id TEXT    NOT NULL,
    motivation      INTEGER NOT NULL,
    posting         INTEGER NOT NULL,
    roles_json      TEXT    NOT NULL DEFAULT '[]',
    notes           TEXT,
    created_at      BIGINT  NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, goal_id) REFERENCES goals (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, organization_id) REFERENCES organizations (workspace_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX goal_targets_organization ON goal_targets (workspace_id, goal_id, organization_id);

-- A person in a goal's pipeline (a contact at a target, or a prospect). referred_by_id has no
-- foreign key: deleting the referrer clears it (GoalService listens for PersonDeleted).
CREATE TABLE goal_entries (
    workspace_id    TEXT    NOT NULL,
    id              TEXT    NOT NULL,
    goal_id         TEXT    NOT NULL,
    person_id       TEXT    NOT NULL,
    organization_id TEXT,
    stage           TEXT    NOT NULL,
    stage_since     BIGINT  NOT NULL,
    source          TEXT,
    referred_by_id  TEXT,
    value_cents     BIGINT,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    version         INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, goal_id) REFERENCES goals (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX goal_entries_person ON goal_entries (workspace_id, goal_id, person_id);
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
CREATE INDEX goal_stage_moves_entry ON goal_stage_moves (workspace_id, entry_id, moved_at);

-- Advice requests sent for a job search, awaiting a reply. encounter_id has no foreign key: the
-- logged encounter may be deleted by its owner and the request's history stays.
CREATE TABLE goal_outreach (
    workspace_id    TEXT   NOT NULL,
    id              TEXT   NOT NULL,
    goal_id         TEXT   NOT NULL,
    person_id       TEXT   NOT NULL,
    organization_id TEXT,
    encounter_id    TEXT,
    message         TEXT   NOT NULL,
    sent_at         BIGINT NOT NULL,
    replied_at      BIGINT,
    followed_up_at  BIGINT,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, goal_id) REFERENCES goals (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX goal_outreach_goal ON goal_outreach (workspace_id, goal_id, sent_at);
