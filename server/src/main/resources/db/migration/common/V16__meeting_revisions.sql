-- Which edit of a calendar meeting an encounter was imported from (SEQUENCE, then LAST-MODIFIED,
-- as sortable text): a re-import of a later edit updates the encounter. NULL for people and for
-- meetings imported before this column existed.
ALTER TABLE import_sources ADD COLUMN revision TEXT;
