package com.strata.imports;

import com.strata.customer.Purchase;
import com.strata.system.ControlCharacters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks every value of a row against its column and converts it; each problem becomes its own error. */
public final class RowValidator {

    private static final int MONEY_DECIMALS = Purchase.MONEY_SCALE;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?[\\d.]*\\d,\\d+");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final char NOT_UTF8 = '\uFFFD';

    private final ImportKind kind;
    private final ImportSettings settings;

    public RowValidator(ImportKind kind, ImportSettings settings) {
        this.kind = kind;
        this.settings = settings;
    }

    public ValidatedRow validate(SourceRow row) {
        List<RowError> errors = new ArrayList<>(row.problems());
        Object[] values = new Object[kind.fields().size()];
        // A line that could not be split into the header's columns has no values worth checking.
        boolean split = row.problems().stream().allMatch(problem -> problem.column() != null);
        if (split) {
            for (int f = 0; f < values.length; f++) {
                values[f] = convert(kind.fields().get(f), row.values()[f], row.line(), errors);
            }
        }
        return new ValidatedRow(row.line(), values, errors);
    }

    private Object convert(ImportField field, String raw, long line, List<RowError> errors) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            if (field.required()) {
                errors.add(new RowError(line, field.column(), null, "a value is required"));
            }
            return null;
        }
        String problem = problem(field, value);
        if (problem != null) {
            errors.add(new RowError(line, field.column(), value, problem));
            return null;
        }
        return switch (field.type()) {
            case CHOICE -> value.toUpperCase(Locale.ROOT);
            case DATE -> LocalDate.parse(value);
            case MONEY -> new BigDecimal(value).setScale(MONEY_DECIMALS, RoundingMode.UNNECESSARY);
            case WHOLE_NUMBER -> Integer.valueOf(value);
            default -> value;
        };
    }

    /** What is wrong with a non-empty value, or null when it is fine. */
    private String problem(ImportField field, String value) {
        if (value.indexOf(NOT_UTF8) >= 0) {
            return "holds bytes that are not UTF-8 (shown as \uFFFD); save the file as UTF-8";
        }
        int control = ControlCharacters.firstIn(value);
        if (control >= 0) {
            return ControlCharacters.problem(value, control);
        }
        if (value.length() > field.maxLength()) {
            return "is " + value.length() + " characters long; at most " + field.maxLength() + " fit";
        }
        return switch (field.type()) {
            case CHOICE ->
                field.choices().contains(value.toUpperCase(Locale.ROOT))
                        ? null
                        : "is not one of " + String.join(", ", field.choices());
            case DATE -> dateProblem(value);
            case MONEY -> moneyProblem(value);
            case WHOLE_NUMBER -> wholeNumberProblem(field, value);
            case EMAIL -> EMAIL.matcher(value).matches() ? null : "is not an email address";
            case ACCOUNT_MANAGER ->
                settings.accountManagers().contains(value)
                        ? null
                        : "is not an account manager; use the username of a user with role ACCOUNT_MANAGER";
            default -> null;
        };
    }

    private String dateProblem(String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            return "is not a date; use YYYY-MM-DD";
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value, STRICT_DATE);
        } catch (DateTimeParseException e) {
            return "is not a day of the calendar";
        }
        if (date.isAfter(settings.importDate())) {
            return "is later than the import date " + settings.importDate();
        }
        return date.isBefore(EARLIEST) ? "is before " + EARLIEST : null;
    }

    private String moneyProblem(String value) {
        if (!NUMBER.matcher(value).matches()) {
            return DECIMAL_COMMA.matcher(value).matches() ? "is not a number; use a decimal point" : "is not a number";
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.scale() > MONEY_DECIMALS) {
            return "has more than " + MONEY_DECIMALS + " decimals";
        }
        return amount.abs().compareTo(settings.maxAmount()) > 0
                ? "is beyond the largest amount accepted, "
                        + settings.maxAmount().toPlainString() + " (setting " + ImportSettings.MAX_AMOUNT_PROPERTY + ")"
                : null;
    }

    private static String wholeNumberProblem(ImportField field, String value) {
        if (!WHOLE.matcher(value).matches()) {
            return "is not a whole number";
        }
        int number = Integer.parseInt(value);
        return number < field.min() || number > field.max()
                ? "is not between " + field.min() + " and " + field.max()
                : null;
    }
}
