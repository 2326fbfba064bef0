package com.strata.imports;

import java.util.Arrays;
import java.util.List;

/**
 * One column of an import file: its header name, the database column it fills, how it is checked, and whether it
 * must have a value. {@code choices} lists the allowed values of a {@link FieldType#CHOICE}; {@code min} and
 * {@code max} bound a {@link FieldType#WHOLE_NUMBER}.
 */
record ImportField(
        String column,
        String dbColumn,
        FieldType type,
        boolean required,
        int maxLength,
        List<String> choices,
        int min,
        int max) {

    static ImportField text(String column, boolean required, int maxLength) {
        return new ImportField(column, column, FieldType.TEXT, required, maxLength, List.of(), 0, 0);
    }

    static ImportField of(String column, FieldType type, boolean required) {
        return new ImportField(column, column, type, required, 254, List.of(), 0, 0);
    }

    static ImportField choice(String column, boolean required, Class<? extends Enum<?>> values) {
        List<String> names =
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return new ImportField(column, column, FieldType.CHOICE, required, 32, names, 0, 0);
    }

    static ImportField wholeNumber(String column, int min, int max) {
        return new ImportField(column, column, FieldType.WHOLE_NUMBER, false, 12, List.of(), min, max);
    }

    static ImportField customer() {
        return new ImportField("customer_code", "customer_id", FieldType.CUSTOMER, true, 64, List.of(), 0, 0);
    }
}
