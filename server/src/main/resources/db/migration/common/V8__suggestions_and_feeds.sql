-- Suggestions a member put aside: one row per person and family of suggestion ('keep_in_touch' for
-- reconnect, overdue and dormant; 'thank_you'; 'give_back'), hidden until until_on (exclusive).
CREATE TABLE suggestion_dismissals (
    workspace_id TEXT   NOT NULL,
    member_id    TEXT   NOT NULL,
    person_id    TEXT   NOT NULL,
    family       TEXT   NOT NULL,
    until_on     TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, member_id, person_id, family),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE,
    FOREIGN KEY (workspace_id, person_id) REFERENCES people (workspace_id, id) ON DELETE CASCADE
);

-- A member's calendar-feed secret. Only its SHA-256 is kept; a calendar app presents the secret in
-- the URL before any workspace is known, so the hash is unique across workspaces (like api_tokens).
CREATE TABLE feed_secrets (
    workspace_id TEXT   NOT NULL,
    member_id    TEXT   NOT NULL,
    secret_hash  TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, member_id),
    FOREIGN KEY (workspace_id, member_id) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX feed_secrets_hash ON feed_secrets (secret_hash);
