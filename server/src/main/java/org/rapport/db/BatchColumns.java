package org.rapport.db;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a JDBC batch statement, each declared once with its SQL type and how its value is
 * read from an item, instead of a column list, a type array and an argument array kept in step by
 * hand. The statement itself stays with the feature that owns the table:
 *
 * <pre>{@code
 * var columns = BatchColumns.<Role>of().varchar("id", r -> r.id().toString()).integer("position", Role::position);
 * jdbc.batchUpdate("INSERT INTO roles (%s) VALUES (%s)".formatted(columns.names(), columns.placeholders()),
 *         columns.rows(roles), columns.types());
 * }</pre>
 *
 * Explicit SQL types: with them a null is bound without asking the driver for parameter metadata.
 * Immutable; each method that adds columns answers a new instance.
 */
public final class BatchColumns<T> {
    private record Column<T>(String name, int sqlType, Function<? super T, ? extends @Nullable Object> value) {}

    private final List<Column<T>> columns;

    private BatchColumns(List<Column<T>> columns) {
        this.columns = columns;
    }

    /** No columns yet. */
    public static <T> BatchColumns<T> of() {
        return new BatchColumns<>(List.of());
    }

    public BatchColumns<T> varchar(String name, Function<? super T, ? extends @Nullable Object> value) {
        return with(new Column<>(name, Types.VARCHAR, value));
    }

    public BatchColumns<T> bigint(String name, Function<? super T, ? extends @Nullable Object> value) {
        return with(new Column<>(name, Types.BIGINT, value));
    }

    public BatchColumns<T> integer(String name, Function<? super T, ? extends @Nullable Object> value) {
        return with(new Column<>(name, Types.INTEGER, value));
    }

    /** These columns followed by {@code more}'s, e.g. an UPDATE's assignments and then its key. */
    public BatchColumns<T> then(BatchColumns<T> more) {
        List<Column<T>> all = new ArrayList<>(columns);
        all.addAll(more.columns);
        return new BatchColumns<>(List.copyOf(all));
    }

    private BatchColumns<T> with(Column<T> column) {
        List<Column<T>> all = new ArrayList<>(columns);
        all.add(column);
        return new BatchColumns<>(List.copyOf(all));
    }

    /** {@code "a, b, c"}: the column list of an INSERT. */
    public String names() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** {@code "?, ?, ?"}: the VALUES of an INSERT. */
    public String placeholders() {
        return columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    }

    /** {@code "a = ?, b = ?"}: the SET list of an UPDATE. */
    public String assignments() {
        return columns.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "));
    }

    /** The {@link Types} of the columns, in order. */
    public int[] types() {
        int[] types = new int[columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = columns.get(i).sqlType();
        }
        return types;
    }

    /** One argument array per item, values in column order. */
    public List<Object[]> rows(Collection<? extends T> items) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (T item : items) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = columns.get(i).value().apply(item);
            }
            rows.add(row);
        }
        return rows;
    }
}
