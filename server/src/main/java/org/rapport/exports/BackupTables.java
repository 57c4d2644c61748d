package org.rapport.exports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which workspace tables a backup carries, and why the others are left out. Every table with a
 * workspace_id column must be in exactly one of the two lists: BackupTablesIT reads the database
 * catalog and fails otherwise, so a new table cannot be silently missing from backups.
 *
 * <p>Columns are not listed: a backup carries every column the catalog shows (so columns added
 * later are backed up without anyone remembering to), except secrets ({@link #SECRET}).
 */
final class BackupTables {
    /**
     * The tables in a backup, each with the change-log entity its rows are (null: a detail of
     * another entity). The order breaks ties only: tables are written after the tables they
     * reference ({@link BackupPlan}).
     */
    static final Map<String, String> EXPORTED = exported();

    /** Tables with a workspace_id that a backup leaves out, with the reason. */
    static final Map<String, String> EXCLUDED = Map.ofEntries(
            Map.entry(
                    "members",
                    "the workspace's identity: the header lists members (id, name, email, role) without"
                            + " password hashes, and a restore maps them onto the restoring member"),
            Map.entry(
                    "invitations",
                    "one-time links to join this workspace on the server that issued them (token hashes);"
                            + " invite again on the new server"),
            Map.entry("api_tokens", "secrets (token hashes) that belong to accounts on the server that issued them"),
            Map.entry(
                    "feed_secrets",
                    "secrets (hashes of calendar-feed addresses); a member makes a new feed address on the new server"),
            Map.entry(
                    "change_log",
                    "derived bookkeeping: a restore writes its own entries so search and the graph catch up"),
            Map.entry(
                    "import_previews",
                    "files uploaded for a preview, kept for a day at most; the imports they made are in the backup"),
            Map.entry(
                    "bulk_undos",
                    "undo entries of bulk actions live for minutes; a restored workspace starts with nothing to undo"));

    /** The one-row table of the workspace itself: restored by update, as the workspace exists already. */
    static final String WORKSPACE = "workspaces";

    /** Columns of {@link #WORKSPACE} that are its identity: in the header, kept by a restore. */
    static final Set<String> WORKSPACE_IDENTITY = Set.of("workspace_id", "name", "created_at");

    /** Columns never exported, whatever their table: password and token hashes, feed secrets. */
    static final Pattern SECRET = Pattern.compile(".*(hash|secret|password|token).*");

    private BackupTables() {}

    private static Map<String, String> exported() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put(WORKSPACE, "workspace");
        tables.put("people", "person");
        tables.put("person_contact_points", "");
        tables.put("tags", "");
        tables.put("person_tags", "");
        tables.put("organizations", "organization");
        tables.put("roles", "");
        tables.put("relationships", "");
        tables.put("connections", "connection");
        tables.put("encounters", "encounter");
        tables.put("encounter_participants", "");
        tables.put("exchanges", "");
        tables.put("follow_ups", "follow_up");
        tables.put("cadence_defaults", "");
        tables.put("suggestion_dismissals", "");
        // Import history with its source keys (re-importing a file after a restore still changes nothing)
        // and what each import changed (its undo still works on the restored rows, which keep their ids).
        tables.put("imports", "");
        tables.put("import_sources", "");
        tables.put("import_changes", "");
        tables.put("goals", "goal");
        tables.put("goal_targets", "");
        tables.put("goal_entries", "");
        tables.put("goal_stage_moves", "");
        tables.put("goal_target_moves", "");
        tables.put("goal_outreach", "");
        return java.util.Collections.unmodifiableMap(tables);
    }
}
