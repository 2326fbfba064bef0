package com.strata.imports;

import com.strata.audience.AudienceCells;
import com.strata.tickets.ImportedTickets;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stores one chunk of validated rows with JDBC batches, on the caller's connection and transaction: looks up the
 * chunk's customers and existing rows with one query each, then inserts the new rows, updates the changed ones and
 * leaves identical ones alone, so importing the same file twice changes nothing.
 *
 * <p>Portable SQL only (H2 and PostgreSQL); lookups use IN lists, so a chunk holds at most {@value #MAX_CHUNK} rows.
 */
public final class ChunkWriter {

    public static final int MAX_CHUNK = 1000;

    private final ImportKind kind;
    private final List<ImportField> fields;
    private final int customerField;
    /** The account manager's place in a customer record; -1 for the other kinds. */
    private final int managerField;

    private final String insertSql;
    private final String updateSql;

    public ChunkWriter(ImportKind kind) {
        this.kind = kind;
        this.fields = kind.fields();
        this.customerField = kind.customerField();
        List<String> columns = fields.stream().map(ImportField::dbColumn).toList();
        this.managerField = kind == ImportKind.CUSTOMERS ? columns.indexOf("account_manager") : -1;
        this.insertSql = "INSERT INTO " + kind.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        this.updateSql = "UPDATE " + kind.table() + " SET "
                + columns.subList(kind.keyFields(), columns.size()).stream()
                        .map(c -> c + " = ?")
                        .collect(Collectors.joining(", "))
                + " WHERE "
                + columns.subList(0, kind.keyFields()).stream()
                        .map(c -> c + " = ?")
                        .collect(Collectors.joining(" AND "));
    }

    /** Writes the chunk and says what became of each row. */
    public ImportTally write(Connection connection, List<ValidatedRow> rows) throws SQLException {
        if (rows.size() > MAX_CHUNK) {
            throw new IllegalArgumentException("A chunk holds at most " + MAX_CHUNK + " rows, not " + rows.size());
        }
        ImportTally tally = new ImportTally();
        tally.read(rows.size());
        List<ValidatedRow> accepted = new ArrayList<>(rows.size());
        for (ValidatedRow row : rows) {
            if (row.rejected()) {
                tally.reject(row.errors());
            } else {
                accepted.add(row);
            }
        }
        List<Object[]> records = customerField < 0 ? values(accepted) : withCustomerIds(connection, accepted, tally);
        Map<String, Object[]> existing = existing(connection, records);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Set<String> movedBetween = new TreeSet<>();
        for (Object[] record : records) {
            Object[] stored = existing.get(key(record));
            if (stored == null) {
                inserts.add(record);
            } else if (!sameValues(record, stored)) {
                updates.add(record);
                movedBetween(stored, record, movedBetween);
            }
        }
        execute(connection, insertSql, inserts, false);
        execute(connection, updateSql, updates, true);
        AudienceCells.managersChanged(connection, movedBetween);
        if (kind == ImportKind.INTERACTIONS) {
            ImportedTickets.convert(
                    connection, records.stream().map(r -> (String) r[0]).toList());
        }
        tally.inserted(inserts.size());
        tally.updated(updates.size());
        tally.unchanged(records.size() - inserts.size() - updates.size());
        return tally;
    }

    /** Adds both managers when the record moves a customer from one account manager to another. */
    private void movedBetween(Object[] stored, Object[] record, Set<String> managers) {
        if (managerField < 0 || Objects.equals(stored[managerField], record[managerField])) {
            return;
        }
        if (stored[managerField] instanceof String from) {
            managers.add(from);
        }
        if (record[managerField] instanceof String to) {
            managers.add(to);
        }
    }

    private static List<Object[]> values(List<ValidatedRow> rows) {
        return rows.stream().map(ValidatedRow::values).toList();
    }

    /** The rows' values with the customer code replaced by the customer's id; unknown customers reject the row. */
    private List<Object[]> withCustomerIds(Connection connection, List<ValidatedRow> rows, ImportTally tally)
            throws SQLException {
        Set<String> codes = new LinkedHashSet<>();
        rows.forEach(row -> codes.add((String) row.values()[customerField]));
        Map<String, Long> ids = new HashMap<>();
        try (ResultSet found = select(connection, "SELECT code, id FROM customer WHERE code", codes)) {
            while (found.next()) {
                ids.put(found.getString(1), found.getLong(2));
            }
        }
        List<Object[]> records = new ArrayList<>(rows.size());
        for (ValidatedRow row : rows) {
            String code = (String) row.values()[customerField];
            Long id = ids.get(code);
            if (id == null) {
                tally.reject(List.of(new RowError(
                        row.line(),
                        "customer_code",
                        code,
                        "is not the code of a known customer; import the customer first")));
            } else {
                Object[] record = row.values().clone();
                record[customerField] = id;
                records.add(record);
            }
        }
        return records;
    }

    /** Stored rows that share the first key field with the chunk's rows, by their whole key. */
    private Map<String, Object[]> existing(Connection connection, List<Object[]> records) throws SQLException {
        Map<String, Object[]> stored = new HashMap<>();
        if (records.isEmpty()) {
            return stored;
        }
        Set<Object> lookup = new LinkedHashSet<>();
        records.forEach(record -> lookup.add(record[0]));
        String columns = fields.stream().map(ImportField::dbColumn).collect(Collectors.joining(", "));
        try (ResultSet rows = select(
                connection,
                "SELECT " + columns + " FROM " + kind.table() + " WHERE "
                        + fields.get(0).dbColumn(),
                lookup)) {
            while (rows.next()) {
                Object[] record = new Object[fields.size()];
                for (int f = 0; f < record.length; f++) {
                    record[f] = read(rows, f + 1, fields.get(f).type());
                }
                stored.put(key(record), record);
            }
        }
        return stored;
    }

    private static ResultSet select(Connection connection, String sqlBeforeIn, Collection<?> values)
            throws SQLException {
        String sql = sqlBeforeIn + " IN (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")";
        PreparedStatement query = connection.prepareStatement(sql);
        query.closeOnCompletion();
        int i = 1;
        for (Object value : values) {
            query.setObject(i++, value);
        }
        return query.executeQuery();
    }

    private void execute(Connection connection, String sql, List<Object[]> records, boolean keyLast)
            throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        int keys = kind.keyFields();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] record : records) {
                int parameter = 1;
                for (int f = keyLast ? keys : 0; f < record.length; f++) {
                    bind(statement, parameter++, fields.get(f), record[f]);
                }
                for (int f = 0; keyLast && f < keys; f++) {
                    bind(statement, parameter++, fields.get(f), record[f]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, int parameter, ImportField field, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(parameter, field.type().sqlType());
        } else if (value instanceof LocalDate date) {
            statement.setObject(parameter, date);
        } else if (value instanceof BigDecimal money) {
            statement.setBigDecimal(parameter, money);
        } else {
            statement.setObject(parameter, value, field.type().sqlType());
        }
    }

    private static Object read(ResultSet rows, int column, FieldType type) throws SQLException {
        return switch (type) {
            case DATE -> rows.getObject(column, LocalDate.class);
            case MONEY -> rows.getBigDecimal(column);
            case WHOLE_NUMBER -> rows.getObject(column, Integer.class);
            case CUSTOMER -> rows.getObject(column, Long.class);
            default -> rows.getString(column);
        };
    }

    private String key(Object[] record) {
        StringBuilder key = new StringBuilder();
        for (int f = 0; f < kind.keyFields(); f++) {
            key.append(record[f]).append('\u0000');
        }
        return key.toString();
    }

    private static boolean sameValues(Object[] incoming, Object[] stored) {
        for (int f = 0; f < incoming.length; f++) {
            Object a = incoming[f];
            Object b = stored[f];
            boolean same = a == null
                    ? b == null
                    : a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : a.equals(b);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
