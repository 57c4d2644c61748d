-- A workspace's keep-in-touch defaults: days per closeness tier ('tier:close') and per kind of
-- networking ('kind:job_search'). Missing rows mean the built-in tier defaults and no kind default.
CREATE TABLE cadence_defaults (
    workspace_id TEXT    NOT NULL REFERENCES workspaces (workspace_id) ON DELETE CASCADE,
    subject      TEXT    NOT NULL,
    days         INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, subject)
);
