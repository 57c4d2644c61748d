package org.rapport.exports;

import java.util.BitSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rapport.exports.BackupPlan.TablePlan;
import org.rapport.exports.Catalog.Column;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reads one row object of a backup, checking each value against its column's type. */
final class RowReader {
    /** A row as read: values by column position, which columns it had, and where it stood. */
    record Row(int line, @Nullable Object[] values, BitSet present) {}

    private RowReader() {}

    static Row read(JsonParser p, TablePlan table, Map<String, String> members) {
        int line = BackupRestorer.line(p);
        Object[] values = new Object[table.columns().size()];
        BitSet present = new BitSet(values.length);
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            int index = indexOf(table, name);
            if (index < 0) {
                throw BackupRejectedException.atLine(
                        BackupRestorer.line(p), "tables." + table.name() + " has no column \"" + name + "\"");
            }
            if (present.get(index)) {
                throw BackupRejectedException.atLine(
                        BackupRestorer.line(p), "column \"" + name + "\" appears twice in one row");
            }
            p.nextToken();
            Column column = table.columns().get(index);
            Object value = value(p, table, column);
            if (value != null && table.memberColumns().contains(name)) {
                value = BackupRestorer.memberFor(members, (String) value, p);
            }
            values[index] = value;
            present.set(index);
        }
        for (String key : table.keyColumns()) {
            int index = indexOf(table, key);
            if (index >= 0 && values[index] == null) {
                throw BackupRejectedException.atLine(line, "a row of tables." + table.name() + " has no " + key);
            }
        }
        return new Row(line, values, present);
    }

    private static int indexOf(TablePlan table, String name) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable Object value(JsonParser p, TablePlan table, Column column) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return switch (column.type()) {
            case TEXT -> {
                expect(token == JsonToken.VALUE_STRING, p, table, column, "text");
                yield p.getString();
            }
            case INTEGER -> {
                expect(token == JsonToken.VALUE_NUMBER_INT, p, table, column, "a whole number");
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw BackupRejectedException.atLine(
                            BackupRestorer.line(p), where(table, column) + " is too large a number");
                }
                yield p.getLongValue();
            }
            case REAL -> {
                expect(
                        token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT,
                        p,
                        table,
                        column,
                        "a number");
                yield p.getDoubleValue();
            }
            case BOOLEAN -> {
                expect(
                        token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE,
                        p,
                        table,
                        column,
                        "true or false");
                yield token == JsonToken.VALUE_TRUE;
            }
            case UNSUPPORTED -> throw new IllegalStateException("unsupported column " + column.name());
        };
    }

    private static void expect(boolean ok, JsonParser p, TablePlan table, Column column, String what) {
        if (!ok) {
            throw BackupRejectedException.atLine(
                    BackupRestorer.line(p), where(table, column) + " must be " + what + " or null, not " + p.getText());
        }
    }

    private static String where(TablePlan table, Column column) {
        return "tables." + table.name() + "." + column.name();
    }
}
