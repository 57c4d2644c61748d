package org.rapport.exports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeLog;
import org.rapport.exports.BackupPlan.TablePlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a backup as it arrives (a streaming parser, rows inserted in batches) into the caller's
 * transaction: any problem throws, and the caller's rollback leaves the workspace as it was.
 */
@Component
class BackupRestorer {
    private final JdbcTemplate jdbc;
    private final BackupPlan plan;
    private final ChangeLog changeLog;
    private final JsonMapper json = JsonMapper.builder().build();

    BackupRestorer(JdbcTemplate jdbc, BackupPlan plan, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.plan = plan;
        this.changeLog = changeLog;
    }

    /** Restores into the member's workspace; answers how many rows each table received. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<String, Long> restore(CurrentMember me, InputStream in) {
        try (JsonParser parser = json.createParser(in)) {
            return new Run(me, parser).run();
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw BackupRejectedException.atLine(line, "not valid JSON: " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw BackupRejectedException.atLine(0, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** One restore's reading position and what it has seen so far. */
    private final class Run {
        private final CurrentMember me;
        private final JsonParser p;
        private final Map<String, String> members = new HashMap<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final Map<String, Integer> order = new HashMap<>();
        private boolean formatSeen;
        private boolean versionSeen;
        private boolean tablesSeen;
        private int lastTable = -1;

        Run(CurrentMember me, JsonParser p) {
            this.me = me;
            this.p = p;
            List<TablePlan> tables = plan.tables();
            for (int i = 0; i < tables.size(); i++) {
                order.put(tables.get(i).name(), i);
            }
        }

        Map<String, Long> run() {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw reject("a backup is a JSON object that starts with {\"format\": \"" + BackupWriter.FORMAT + "\"");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> format();
                    case "version" -> version();
                    case "exportedAt" -> text("exportedAt");
                    case "workspace" -> workspace();
                    case "tables" -> tables();
                    default ->
                        throw reject("unknown field \"" + name + "\": not a Rapport backup of a version this"
                                + " server reads");
                }
            }
            if (p.nextToken() != null) {
                throw reject("content after the end of the backup");
            }
            if (!tablesSeen) {
                throw BackupRejectedException.atField("tables", "missing: the backup holds no tables");
            }
            return counts;
        }

        private void format() {
            String format = text("format");
            if (!BackupWriter.FORMAT.equals(format)) {
                throw reject("format is \"" + format + "\", not \"" + BackupWriter.FORMAT + "\"");
            }
            formatSeen = true;
        }

        private void version() {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw reject("version must be a whole number");
            }
            long version = p.getLongValue();
            if (version < 1 || version > BackupWriter.VERSION) {
                throw reject("version " + version + " is not one this server reads (1 to " + BackupWriter.VERSION
                        + "); a newer Rapport wrote it");
            }
            versionSeen = true;
        }

        private void workspace() {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw reject("workspace must be an object");
            }
            JsonNode workspace = p.readValueAsTree();
            JsonNode list = workspace.path("members");
            if (list.size() > 1) {
                throw BackupRejectedException.atField(
                        "workspace.members",
                        "this backup holds a team workspace of " + list.size()
                                + " members; restoring one is not supported yet (only a one-member workspace)");
            }
            // The backup's member becomes the member restoring it: their relationships, encounters, follow-ups.
            list.forEach(m -> members.put(m.path("id").asString(), me.memberId().toString()));
        }

        private void tables() {
            if (!formatSeen || !versionSeen) {
                throw reject("format and version must come before tables");
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw reject("tables must be an object of table name to rows");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                table(p.currentName());
            }
            tablesSeen = true;
        }

        private void table(String name) {
            Integer index = order.get(name);
            if (index == null) {
                throw reject("unknown table \"" + name + "\"; this server restores " + order.keySet());
            }
            if (index <= lastTable) {
                throw reject("table \"" + name + "\" comes too late: tables follow the order in"
                        + " docs/backup-format.md, each after the tables it refers to");
            }
            lastTable = index;
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw reject("tables." + name + " must be an array of rows");
            }
            TablePlan table = plan.tables().get(index);
            TableLoad load = new TableLoad(jdbc, changeLog, me, table);
            JsonToken token;
            while ((token = p.nextToken()) == JsonToken.START_OBJECT) {
                load.add(RowReader.read(p, table, members));
            }
            if (token != JsonToken.END_ARRAY) {
                throw reject("each row of tables." + name + " must be an object");
            }
            counts.put(name, load.finish());
        }

        private String text(String field) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw reject(field + " must be a string");
            }
            return p.getString();
        }

        private BackupRejectedException reject(String message) {
            return BackupRejectedException.atLine(line(p), message);
        }
    }

    static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** The source member ids a backup names, mapped to the restoring member's id. */
    static String memberFor(Map<String, String> members, String id, JsonParser p) {
        String mapped = members.get(id);
        if (mapped == null) {
            throw BackupRejectedException.atLine(line(p), "member " + id + " is not listed in workspace.members");
        }
        return mapped;
    }
}
