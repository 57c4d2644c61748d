-- The network graph re-reads one person's ties after a change, introductions included: the people
-- someone introduced are found by this index instead of a scan of the workspace.
CREATE INDEX people_introduced_by ON people (workspace_id, introduced_by_id);
