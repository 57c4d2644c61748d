-- Rapport core schema. Portable between SQLite and PostgreSQL: ids are UUIDv7 text, instants are
-- epoch milliseconds (BIGINT), calendar dates are ISO text ('YYYY-MM-DD', birthdays may be '--MM-DD').
-- Every table carries workspace_id and leads its primary key with it, so PostgreSQL can distribute
-- the tables by workspace_id (Citus) and no query can reach across workspaces by accident.

CREATE TABLE workspaces (
    workspace_id  TEXT    NOT NULL PRIMARY KEY,
    name          TEXT    NOT NULL,
    settings_json TEXT    NOT NULL DEFAULT '{}',
    created_at    BIGINT  NOT NULL
);

CREATE TABLE members (
    workspace_id  TEXT    NOT NULL REFERENCES workspaces (workspace_id) ON DELETE CASCADE,
    id            TEXT    NOT NULL,
    email         TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
-- Sign-in is by email before any workspace is known, so the address is unique across workspaces.
CREATE UNIQUE INDEX members_email ON members (email);

CREATE TABLE api_tokens (
    workspace_id TEXT   NOT NULL,
    id           TEXT   NOT NULL,
    member_id    TEXT   NOT NULL,
    name         TEXT   NOT NULL,
    token_hash   TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);

-- Failed sign-ins by account or address, for rate limiting across every app node.
-- Not workspace data: a failure happens before anyone is known.
CREATE TABLE login_failures (
    attempt_key TEXT   NOT NULL,
    failed_at   BIGINT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (attempt_key, failed_at);

CREATE TABLE people (
    workspace_id     TEXT    NOT NULL REFERENCES workspaces (workspace_id) ON DELETE CASCADE,
    id               TEXT    NOT NULL,
    display_name     TEXT    NOT NULL,
    sort_name        TEXT    NOT NULL,
    given_name       TEXT,
    family_name      TEXT,
    birthday         TEXT,
    addresses_json   TEXT    NOT NULL DEFAULT '[]',
    notes            TEXT,
    how_we_met       TEXT,
    introduced_by_id TEXT,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL,
    version          INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, introduced_by_id) REFERENCES people (workspace_id, id)
);
CREATE INDEX people_sort ON people (workspace_id, sort_name, id);

-- Emails, phones and links of a person, in the order the user gave them.
-- match_key is the normalised value used to find the same person again (lower-cased email,
-- digits of a phone, canonical profile URL).
CREATE TABLE person_contact_points (
    workspace_id TEXT    NOT NULL,
    person_id    TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    value        TEXT    NOT NULL,
    label        TEXT,
    match_key    TEXT    NOT NULL,
    PRIMARY KEY (workspace_id, person_id, kind, position),
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX person_contact_points_match ON person_contact_points (workspace_id, kind, match_key);

CREATE TABLE tags (
    workspace_id TEXT NOT NULL REFERENCES workspaces (workspace_id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX tags_name ON tags (workspace_id, name_key);

CREATE TABLE person_tags (
    workspace_id TEXT NOT NULL,
    person_id    TEXT NOT NULL,
    tag_id       TEXT NOT NULL,
    PRIMARY KEY (workspace_id, person_id, tag_id),
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, tag_id) REFERENCES tags (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX person_tags_tag ON person_tags (workspace_id, tag_id);

CREATE TABLE organizations (
    workspace_id TEXT    NOT NULL REFERENCES workspaces (workspace_id) ON DELETE CASCADE,
    id           TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    name_key     TEXT    NOT NULL,
    website      TEXT,
    notes        TEXT,
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    version      INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
CREATE INDEX organizations_name ON organizations (workspace_id, name_key);

CREATE TABLE roles (
    workspace_id    TEXT    NOT NULL,
    id              TEXT    NOT NULL,
    person_id       TEXT    NOT NULL,
    organization_id TEXT    NOT NULL,
    title           TEXT,
    start_on        TEXT,
    end_on          TEXT,
    position        INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, organization_id) REFERENCES organizations (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX roles_person ON roles (workspace_id, person_id);
CREATE INDEX roles_organization ON roles (workspace_id, organization_id);

-- A member's own tie to a person. kinds is a comma-wrapped list (',personal,job_search,') so a
-- kind filter is one LIKE on both databases.
CREATE TABLE relationships (
    workspace_id        TEXT    NOT NULL,
    member_id           TEXT    NOT NULL,
    person_id           TEXT    NOT NULL,
    kinds               TEXT    NOT NULL DEFAULT ',',
    closeness_tier      TEXT,
    cadence_days        INTEGER,
    last_contact_at     BIGINT,
    last_contact_offset INTEGER,
    next_contact_due    TEXT,
    PRIMARY KEY (workspace_id, member_id, person_id),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX relationships_due ON relationships (workspace_id, member_id, next_contact_due);
CREATE INDEX relationships_person ON relationships (workspace_id, person_id);

CREATE TABLE connections (
    workspace_id TEXT             NOT NULL,
    id           TEXT             NOT NULL,
    person_a_id  TEXT             NOT NULL,
    person_b_id  TEXT             NOT NULL,
    type         TEXT             NOT NULL,
    strength     DOUBLE PRECISION,
    source       TEXT             NOT NULL,
    note         TEXT,
    created_at   BIGINT           NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, person_a_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, person_b_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX connections_pair ON connections (workspace_id, person_a_id, person_b_id, type);
CREATE INDEX connections_b ON connections (workspace_id, person_b_id);

CREATE TABLE encounters (
    workspace_id    TEXT    NOT NULL,
    id              TEXT    NOT NULL,
    member_id       TEXT    NOT NULL,
    occurred_at     BIGINT  NOT NULL,
    occurred_offset INTEGER NOT NULL,
    channel         TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    title           TEXT,
    location        TEXT,
    notes           TEXT,
    topics_json     TEXT    NOT NULL DEFAULT '[]',
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    version         INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX encounters_time ON encounters (workspace_id, occurred_at);

CREATE TABLE encounter_participants (
    workspace_id TEXT    NOT NULL,
    encounter_id TEXT    NOT NULL,
    person_id    TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, encounter_id, person_id),
    FOREIGN KEY (workspace_id, encounter_id) REFERENCES encounters (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX encounter_participants_person ON encounter_participants (workspace_id, person_id);

CREATE TABLE exchanges (
    workspace_id TEXT    NOT NULL,
    id           TEXT    NOT NULL,
    encounter_id TEXT    NOT NULL,
    direction    TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    description  TEXT,
    person_id    TEXT,
    position     INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, encounter_id) REFERENCES encounters (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id)
);
CREATE INDEX exchanges_encounter ON exchanges (workspace_id, encounter_id);
CREATE INDEX exchanges_person ON exchanges (workspace_id, person_id);

CREATE TABLE follow_ups (
    workspace_id TEXT    NOT NULL,
    id           TEXT    NOT NULL,
    member_id    TEXT    NOT NULL,
    person_id    TEXT,
    encounter_id TEXT,
    type         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    notes        TEXT,
    due_on       TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    origin       TEXT    NOT NULL,
    completed_at BIGINT,
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    version      INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, encounter_id) REFERENCES encounters (workspace_id, id)
);
CREATE INDEX follow_ups_due ON follow_ups (workspace_id, member_id, status, due_on);
CREATE INDEX follow_ups_person ON follow_ups (workspace_id, person_id);
CREATE INDEX follow_ups_encounter ON follow_ups (workspace_id, encounter_id);
