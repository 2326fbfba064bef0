package com.strata.imports;

import com.strata.customer.Customer;
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

    /**
     * Dates, amounts, choices and whole numbers are checked by their form; these bounds on their text only turn a
     * runaway value away with a short message.
     */
    private static final int FORM_CHECKED_LENGTH = 254;

    private static final int CHOICE_LENGTH = 32;
    private static final int WHOLE_NUMBER_LENGTH = 12;

    /** Free text, at most as long as its column. */
    static ImportField text(String column, boolean required, int maxLength) {
        return text(column, FieldType.TEXT, required, maxLength);
    }

    /** Text of a checked kind (an email address, a username), at most as long as its column. */
    static ImportField text(String column, FieldType type, boolean required, int maxLength) {
        return new ImportField(column, column, type, required, maxLength, List.of(), 0, 0);
    }

    static ImportField of(String column, FieldType type, boolean required) {
        return new ImportField(column, column, type, required, FORM_CHECKED_LENGTH, List.of(), 0, 0);
    }

    static ImportField choice(String column, boolean required, Class<? extends Enum<?>> values) {
        List<String> names =
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return new ImportField(column, column, FieldType.CHOICE, required, CHOICE_LENGTH, names, 0, 0);
    }

    static ImportField wholeNumber(String column, int min, int max) {
        return new ImportField(column, column, FieldType.WHOLE_NUMBER, false, WHOLE_NUMBER_LENGTH, List.of(), min, max);
    }

    /** A customer's code in the file, stored as the customer's id. */
    static ImportField customer() {
        return new ImportField(
                "customer_code", "customer_id", FieldType.CUSTOMER, true, Customer.CODE_LENGTH, List.of(), 0, 0);
    }
}
