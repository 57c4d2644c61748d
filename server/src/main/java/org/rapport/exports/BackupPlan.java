package org.rapport.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rapport.exports.Catalog.Column;
import org.rapport.exports.Catalog.Reference;
import org.rapport.exports.Catalog.Table;
import org.springframework.stereotype.Component;

/**
 * How each backed-up table is written and read back, worked out from the registry
 * ({@link BackupTables}) and the catalog: its columns, the order of its rows, which columns name a
 * member (remapped on restore) and which name a row of the same table (filled in after all rows, so
 * the order of rows never breaks a foreign key).
 */
@Component
class BackupPlan {
    record TablePlan(
            String name,
            List<Column> columns,
            List<String> orderBy,
            Set<String> memberColumns,
            List<String> selfReferences,
            List<String> keyColumns,
            String changeEntity) {

        boolean isWorkspace() {
            return name.equals(BackupTables.WORKSPACE);
        }

        @Nullable
        Column column(String name) {
            return columns.stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final Catalog catalog;
    private volatile @Nullable List<TablePlan> tables;

    BackupPlan(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The tables in backup order: every table after the tables it references. */
    List<TablePlan> tables() {
        List<TablePlan> plan = tables;
        if (plan == null) {
            plan = build();
            tables = plan;
        }
        return plan;
    }

    private List<TablePlan> build() {
        Map<String, TablePlan> pending = new LinkedHashMap<>();
        BackupTables.EXPORTED.forEach((name, entity) -> pending.put(name, plan(catalog.table(name), entity)));
        List<TablePlan> ordered = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            TablePlan next = pending.values().stream()
                    .filter(t -> dependencies(t).stream().allMatch(placed::contains))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "Backed-up tables reference each other in a cycle: " + pending.keySet()));
            ordered.add(next);
            placed.add(next.name());
            pending.remove(next.name());
        }
        return List.copyOf(ordered);
    }

    private Set<String> dependencies(TablePlan plan) {
        return catalog.table(plan.name()).references().stream()
                .map(Reference::target)
                .filter(t -> !t.equals(plan.name()) && BackupTables.EXPORTED.containsKey(t))
                .collect(Collectors.toSet());
    }

    private static TablePlan plan(Table table, String entity) {
        boolean workspace = table.name().equals(BackupTables.WORKSPACE);
        List<Column> columns = table.columns().stream()
                .filter(c -> !c.name().equals("workspace_id"))
                .filter(c -> !BackupTables.SECRET.matcher(c.name()).matches())
                .filter(c -> !workspace || !BackupTables.WORKSPACE_IDENTITY.contains(c.name()))
                .toList();
        List<String> key = table.primaryKey().stream()
                .filter(c -> !c.equals("workspace_id"))
                .toList();
        List<String> orderBy =
                key.isEmpty() ? columns.stream().map(Column::name).toList() : key;
        Set<String> members = table.references().stream()
                .filter(r -> r.target().equals("members"))
                .map(Reference::column)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        // A member column without a foreign key (bulk_undos has one) is still a member.
        columns.stream()
                .map(Column::name)
                .filter(n -> n.equals("member_id") || n.endsWith("_member_id"))
                .forEach(members::add);
        List<String> selfReferences = table.references().stream()
                .filter(r -> r.target().equals(table.name()))
                .map(Reference::column)
                .toList();
        columns.stream()
                .filter(c -> c.type() == Catalog.ValueType.UNSUPPORTED)
                .findFirst()
                .ifPresent(c -> {
                    throw new IllegalStateException("Column " + table.name() + "." + c.name() + " has type "
                            + c.typeName() + ", which backups do not carry yet: add it to exports.Catalog.valueType");
                });
        if (!selfReferences.isEmpty() && key.isEmpty()) {
            throw new IllegalStateException("Table " + table.name() + " references itself but has no primary key");
        }
        return new TablePlan(table.name(), columns, orderBy, members, selfReferences, key, entity);
    }
}
