package com.strata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.strata.customer.Purchase;
import com.strata.runs.MigratedDatabases;
import com.strata.system.MappedEntities;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The migrations define each column once; what the importer enforces and what the entities declare must be exactly
 * that, read back from the migrated database's INFORMATION_SCHEMA, so a length changed in one place alone fails here.
 * Each test lists every disagreement it finds. A subclass per database says which.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ColumnLimitsTest {

    /** One column as the migrated database describes it. */
    record SqlColumn(String type, Integer length, Integer precision, Integer scale, boolean nullable) {}

    private final MigratedDatabases.MigratedDatabase database;
    private Connection db;
    private Map<String, SqlColumn> columns;

    ColumnLimitsTest(MigratedDatabases.MigratedDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void readSchema() throws SQLException {
        db = database.create();
        columns = new HashMap<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT table_name, column_name, data_type,"
                        + " character_maximum_length, numeric_precision, numeric_scale, is_nullable"
                        + " FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA")) {
            while (rows.next()) {
                columns.put(
                        key(rows.getString(1), rows.getString(2)),
                        new SqlColumn(
                                rows.getString(3).toUpperCase(Locale.ROOT),
                                rows.getObject(4, Integer.class),
                                rows.getObject(5, Integer.class),
                                rows.getObject(6, Integer.class),
                                rows.getString(7).equals("YES")));
            }
        }
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
        database.drop();
    }

    @Test
    void everyImportFieldTakesExactlyWhatItsColumnHolds() throws SQLException {
        List<String> disagreements = new ArrayList<>();
        BigDecimal defaultMaxAmount = ImportSettings.load(db, LocalDate.now()).maxAmount();
        for (ImportKind kind : ImportKind.values()) {
            for (ImportField field : kind.fields()) {
                String where = kind.path() + " " + field.column() + " -> " + kind.table() + "." + field.dbColumn();
                SqlColumn column = columns.get(key(kind.table(), field.dbColumn()));
                if (column == null) {
                    disagreements.add(where + ": no such column");
                    continue;
                }
                if (field.required() == column.nullable()) {
                    disagreements.add(
                            where + ": required " + field.required() + ", column nullable " + column.nullable());
                }
                switch (field.type()) {
                    case TEXT, EMAIL, ACCOUNT_MANAGER -> {
                        expectType(disagreements, where, column, "CHARACTER VARYING");
                        if (column.length() == null || column.length() != field.maxLength()) {
                            disagreements.add(where + ": importer takes " + field.maxLength()
                                    + " characters, column holds " + column.length());
                        }
                    }
                    case CHOICE -> {
                        expectType(disagreements, where, column, "CHARACTER VARYING");
                        field.choices().stream()
                                .filter(choice -> column.length() == null || choice.length() > column.length())
                                .forEach(choice -> disagreements.add(
                                        where + ": choice " + choice + " is longer than " + column.length()));
                    }
                    case DATE -> expectType(disagreements, where, column, "DATE");
                    case MONEY -> {
                        expectType(disagreements, where, column, "NUMERIC");
                        if (column.scale() == null || column.scale() != Purchase.MONEY_SCALE) {
                            disagreements.add(where + ": importer keeps " + Purchase.MONEY_SCALE + " decimals, column "
                                    + column.scale());
                        }
                        if (column.precision() == null
                                || defaultMaxAmount.precision() - defaultMaxAmount.scale()
                                        > column.precision() - column.scale()) {
                            disagreements.add(where + ": the largest amount accepted by default, " + defaultMaxAmount
                                    + ", does not fit NUMERIC(" + column.precision() + ", " + column.scale() + ")");
                        }
                    }
                    case WHOLE_NUMBER -> expectType(disagreements, where, column, "INTEGER");
                    case CUSTOMER -> {
                        expectType(disagreements, where, column, "BIGINT");
                        Integer codeLength =
                                columns.get(key("customer", "code")).length();
                        if (codeLength == null || codeLength != field.maxLength()) {
                            disagreements.add(where + ": importer takes customer codes of " + field.maxLength()
                                    + " characters, customer.code holds " + codeLength);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void everyEntityColumnDeclaresTheMigrationsLengthAndNullability() throws Exception {
        List<String> disagreements = new ArrayList<>();
        for (Class<?> entity : MappedEntities.all()) {
            for (Field field : entity.getDeclaredFields()) {
                Column declared = field.getAnnotation(Column.class);
                if (declared == null) {
                    continue;
                }
                CollectionTable collection = field.getAnnotation(CollectionTable.class);
                String table =
                        collection == null ? entity.getAnnotation(Table.class).name() : collection.name();
                String name = declared.name().isEmpty() ? field.getName() : declared.name();
                String where = entity.getSimpleName() + "." + field.getName() + " -> " + table + "." + name;
                SqlColumn column = columns.get(key(table, name));
                if (column == null) {
                    disagreements.add(where + ": no such column");
                    continue;
                }
                if (declared.nullable() != column.nullable()) {
                    disagreements.add(where + ": declared nullable " + declared.nullable() + ", column nullable "
                            + column.nullable());
                }
                if (column.type().equals("CHARACTER VARYING")
                        && (column.length() == null || declared.length() != column.length())) {
                    disagreements.add(
                            where + ": declared length " + declared.length() + ", column holds " + column.length());
                }
                if (field.getType() == BigDecimal.class
                        && (!column.precision().equals(declared.precision())
                                || !column.scale().equals(declared.scale()))) {
                    disagreements.add(where + ": declared NUMERIC(" + declared.precision() + ", " + declared.scale()
                            + "), column NUMERIC(" + column.precision() + ", " + column.scale() + ")");
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void importErrorsAreCutToTheirColumns() {
        assertEquals(
                List.of(ImportErrorRows.COLUMN_LENGTH, ImportErrorRows.VALUE_LENGTH, ImportErrorRows.REASON_LENGTH),
                List.of(
                        columns.get(key("import_error", "column_name")).length(),
                        columns.get(key("import_error", "bad_value")).length(),
                        columns.get(key("import_error", "reason")).length()));
    }

    private static void expectType(List<String> disagreements, String where, SqlColumn column, String type) {
        if (!column.type().equals(type)) {
            disagreements.add(where + ": column is " + column.type() + ", importer stores " + type);
        }
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
