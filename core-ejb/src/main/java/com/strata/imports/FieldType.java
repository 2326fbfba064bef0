package com.strata.imports;

import java.sql.Types;

/** How a CSV column is checked and which SQL type it is stored as. */
enum FieldType {
    TEXT(Types.VARCHAR),
    CHOICE(Types.VARCHAR),
    DATE(Types.DATE),
    MONEY(Types.NUMERIC),
    WHOLE_NUMBER(Types.INTEGER),
    EMAIL(Types.VARCHAR),
    ACCOUNT_MANAGER(Types.VARCHAR),
    /** A customer code in the file; stored as the customer's id. */
    CUSTOMER(Types.BIGINT);

    private final int sqlType;

    FieldType(int sqlType) {
        this.sqlType = sqlType;
    }

    int sqlType() {
        return sqlType;
    }
}
