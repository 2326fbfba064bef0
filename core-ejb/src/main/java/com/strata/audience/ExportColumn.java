package com.strata.audience;

import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One column of an audience export, with its heading in English and Simplified Chinese and how its value is read. The
 * columns other than the main contact's are those of {@link AudienceSql#exportPage}'s statement in order (after the
 * customer id); the main contact's come from {@link AudienceSql#EXPORT_CONTACTS}, read once per page.
 */
public enum ExportColumn {
    CODE(Kind.TEXT, "Code", "客户编号"),
    NAME(Kind.TEXT, "Name", "客户名称"),
    KIND(Kind.TEXT, "Kind", "类型"),
    STATUS(Kind.TEXT, "Status", "状态"),
    INDUSTRY(Kind.TEXT, "Industry", "行业"),
    SIZE_BAND(Kind.TEXT, "Size band", "规模"),
    OWNERSHIP(Kind.TEXT, "Ownership", "所有制"),
    REGION(Kind.TEXT, "Region", "地区"),
    ACQUISITION_CHANNEL(Kind.TEXT, "Acquisition channel", "获客渠道"),
    FIRST_SEEN(Kind.DATE, "First seen", "首次接触"),
    ACCOUNT_MANAGER(Kind.TEXT, "Account manager", "客户经理"),
    TIER(Kind.TEXT, "Tier", "等级"),
    CONTACT_NAME(Kind.TEXT, "Main contact", "主要联系人"),
    CONTACT_PHONE(Kind.TEXT, "Phone", "电话"),
    CONTACT_EMAIL(Kind.TEXT, "Email", "邮箱"),
    RECENCY_DAYS(Kind.NUMBER, "Days since last purchase", "距上次购买天数"),
    FREQUENCY(Kind.NUMBER, "Frequency", "购买频次"),
    MONETARY(Kind.NUMBER, "Monetary", "消费金额"),
    WINDOW_REVENUE(Kind.NUMBER, "Window revenue", "窗口期收入"),
    R_SCORE(Kind.NUMBER, "R score", "R 评分"),
    F_SCORE(Kind.NUMBER, "F score", "F 评分"),
    M_SCORE(Kind.NUMBER, "M score", "M 评分"),
    SEGMENT(Kind.SEGMENT, "Segment", "客户细分"),
    STAGE(Kind.STAGE, "Lifecycle stage", "生命周期"),
    HISTORICAL_CLV(Kind.NUMBER, "Historical CLV", "历史客户价值"),
    PREDICTED_CLV(Kind.NUMBER, "Predicted CLV", "预测客户价值"),
    P_ALIVE(Kind.NUMBER, "P(alive)", "活跃概率"),
    EXPECTED_PURCHASES(Kind.NUMBER, "Expected purchases", "预期购买次数"),
    CHURN_RISK(Kind.NUMBER, "Churn risk", "流失风险"),
    CHURN_WARNING(Kind.FLAG, "Churn warning", "流失预警"),
    DOWNGRADE_WARNING(Kind.FLAG, "Downgrade warning", "降级预警"),
    VALUE_INDEX(Kind.NUMBER, "Value index", "价值指数"),
    CURRENT_VALUE(Kind.NUMBER, "Current value", "当前价值"),
    POTENTIAL_VALUE(Kind.NUMBER, "Potential value", "潜在价值"),
    RELATIONSHIP_VALUE(Kind.NUMBER, "Relationship value", "关系价值"),
    PROPOSED_TIER(Kind.TEXT, "Proposed tier", "建议等级"),
    ASSIGNED_TIER(Kind.TEXT, "Tier of the run", "本次评级等级");

    /** How a column's value is read and written. */
    enum Kind {
        TEXT,
        NUMBER,
        DATE,
        FLAG,
        SEGMENT,
        STAGE
    }

    private final Kind kind;
    private final String english;
    private final String chinese;

    ExportColumn(Kind kind, String english, String chinese) {
        this.kind = kind;
        this.english = english;
        this.chinese = chinese;
    }

    Kind kind() {
        return kind;
    }

    /** Whether the value is the main contact's, read from the page's contacts rather than the page's statement. */
    boolean fromContacts() {
        return this == CONTACT_NAME || this == CONTACT_PHONE || this == CONTACT_EMAIL;
    }

    public String heading(boolean chinese) {
        return chinese ? this.chinese : english;
    }

    /**
     * The column's value in the row (null when empty): text as a String (names of segments, stages and yes/no in the
     * reader's language), numbers as a Number, dates as a LocalDate.
     */
    Object read(ResultSet row, int index, boolean chinese) throws SQLException {
        switch (kind) {
            case NUMBER -> {
                Object value = row.getObject(index);
                return value == null ? null : (Number) value;
            }
            case DATE -> {
                Date value = row.getDate(index);
                return value == null ? null : value.toLocalDate();
            }
            case FLAG -> {
                boolean value = row.getBoolean(index);
                return row.wasNull() ? null : chinese ? (value ? "是" : "否") : (value ? "yes" : "no");
            }
            case SEGMENT -> {
                String value = row.getString(index);
                if (value == null) {
                    return null;
                }
                Segment segment = Segment.valueOf(value);
                return chinese ? segment.chinese() : segment.english();
            }
            case STAGE -> {
                String value = row.getString(index);
                if (value == null) {
                    return null;
                }
                LifecycleStage stage = LifecycleStage.valueOf(value);
                return chinese ? stage.chinese() : stage.english();
            }
            default -> {
                return row.getString(index);
            }
        }
    }
}
