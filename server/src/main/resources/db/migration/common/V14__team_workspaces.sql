-- Team workspaces: invitations, and members who can be removed.
-- A removed member keeps their row (their private encounters, relationships and follow-ups
-- reference it; see docs/adr/0017) but can no longer sign in, and their address is free again.
ALTER TABLE members ADD COLUMN removed_at BIGINT;
DROP INDEX members_email;
CREATE UNIQUE INDEX members_email ON members (email) WHERE removed_at IS NULL;

-- An invitation to join a workspace with a role. Only the SHA-256 of its one-time token is kept.
CREATE TABLE invitations (
    workspace_id TEXT   NOT NULL REFERENCES workspaces (workspace_id) ON DELETE CASCADE,
    id           TEXT   NOT NULL,
    email        TEXT   NOT NULL,
    role         TEXT   NOT NULL,
    token_hash   TEXT   NOT NULL,
    invited_by   TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    accepted_at  BIGINT,
    member_id    TEXT,
    revoked_at   BIGINT,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, invited_by) REFERENCES members (workspace_id, id) ON DELETE CASCADE
);
-- The token is presented before any workspace is known, like an API token.
CREATE UNIQUE INDEX invitations_token ON invitations (token_hash);
CREATE INDEX invitations_pending ON invitations (workspace_id, created_at);
