package com.strata.imports;

import com.strata.customer.Contact;
import com.strata.customer.Customer;
import com.strata.customer.CustomerKind;
import com.strata.customer.CustomerStatus;
import com.strata.customer.Interaction;
import com.strata.customer.InteractionType;
import com.strata.customer.Ownership;
import com.strata.customer.Purchase;
import com.strata.customer.SizeBand;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four import files, their columns (README, CSV import formats) and the key that makes a re-import idempotent. The
 * first key field is the one the writer looks existing rows up by. Text is as long as the entity's column says, so the
 * importer turns away exactly what the table cannot hold ({@code ColumnLimitsTest} holds both to the migrations).
 */
public enum ImportKind {
    CUSTOMERS(
            "customer",
            1,
            ImportField.text("code", true, Customer.CODE_LENGTH),
            ImportField.text("name", true, Customer.NAME_LENGTH),
            ImportField.choice("kind", true, CustomerKind.class),
            ImportField.text("industry", false, Customer.INDUSTRY_LENGTH),
            ImportField.choice("size_band", false, SizeBand.class),
            ImportField.choice("ownership", false, Ownership.class),
            ImportField.text("region", false, Customer.REGION_LENGTH),
            ImportField.text("acquisition_channel", false, Customer.ACQUISITION_CHANNEL_LENGTH),
            ImportField.of("first_seen", FieldType.DATE, false),
            ImportField.text("account_manager", FieldType.ACCOUNT_MANAGER, false, Customer.ACCOUNT_MANAGER_LENGTH),
            ImportField.choice("status", true, CustomerStatus.class)),

    CONTACTS(
            "contact",
            2,
            ImportField.customer(),
            ImportField.text("name", true, Contact.NAME_LENGTH),
            ImportField.text("title", false, Contact.TITLE_LENGTH),
            ImportField.text("phone", false, Contact.PHONE_LENGTH),
            ImportField.text("email", FieldType.EMAIL, false, Contact.EMAIL_LENGTH)),

    PURCHASES(
            "purchase",
            1,
            ImportField.text("order_ref", true, Purchase.ORDER_REF_LENGTH),
            ImportField.customer(),
            ImportField.of("purchase_date", FieldType.DATE, true),
            ImportField.of("amount", FieldType.MONEY, true),
            ImportField.of("margin", FieldType.MONEY, false),
            ImportField.text("category", false, Purchase.CATEGORY_LENGTH),
            ImportField.text("channel", false, Purchase.CHANNEL_LENGTH)),

    INTERACTIONS(
            "interaction",
            1,
            ImportField.text("ref", true, Interaction.REF_LENGTH),
            ImportField.customer(),
            ImportField.choice("type", true, InteractionType.class),
            ImportField.of("interaction_date", FieldType.DATE, true),
            ImportField.wholeNumber("csat", 1, 5),
            ImportField.wholeNumber("nps", 0, 10),
            ImportField.text("text", false, Interaction.TEXT_LENGTH));

    private final String table;
    private final int keyFields;
    private final List<ImportField> fields;

    ImportKind(String table, int keyFields, ImportField... fields) {
        this.table = table;
        this.keyFields = keyFields;
        this.fields = List.of(fields);
    }

    /** The name in URLs and file names: {@code customers}, {@code contacts}, {@code purchases}, {@code interactions}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> fromPath(String path) {
        return Arrays.stream(values())
                .filter(k -> k.path().equalsIgnoreCase(path))
                .findFirst();
    }

    /** The header names, in the documented order. */
    public List<String> columns() {
        return fields.stream().map(ImportField::column).toList();
    }

    String table() {
        return table;
    }

    List<ImportField> fields() {
        return fields;
    }

    /** The leading fields that identify a row: code; customer and name; order_ref; ref. */
    int keyFields() {
        return keyFields;
    }

    int customerField() {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).type() == FieldType.CUSTOMER) {
                return i;
            }
        }
        return -1;
    }
}
