package com.strata.workflow;

import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads the generation passes and their ledgers. Apart from {@link PlaybookGeneration} so that reading them never
 * waits behind the singleton's lock while a long pass runs.
 */
@Stateless
public class PlaybookPasses {

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    /** The newest passes first with their ledgers, one page at a time. */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public List<PassView> newestFirst(int first, int size) {
        try (Connection db = dataSource.getConnection()) {
            Map<Long, PassView> passes = new LinkedHashMap<>();
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT id, cause, business_date, run_id, started_by, started_at, ended_at FROM playbook_pass"
                            + " ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, first);
                select.setInt(2, size);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        long runId = row.getLong("run_id");
                        Long run = row.wasNull() ? null : runId;
                        passes.put(
                                row.getLong("id"),
                                new PassView(
                                        row.getLong("id"),
                                        PassCause.valueOf(row.getString("cause")),
                                        row.getDate("business_date").toLocalDate(),
                                        run,
                                        row.getString("started_by"),
                                        row.getTimestamp("started_at").toLocalDateTime(),
                                        row.getTimestamp("ended_at").toLocalDateTime(),
                                        Duration.between(
                                                        row.getTimestamp("started_at")
                                                                .toLocalDateTime(),
                                                        row.getTimestamp("ended_at")
                                                                .toLocalDateTime())
                                                .toMillis(),
                                        new ArrayList<>()));
                    }
                }
            }
            if (passes.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT pass_id, rule_id, eligible, created, already_open, already_done, without_owner, closed"
                            + " FROM playbook_ledger WHERE pass_id BETWEEN ? AND ? ORDER BY rule_id")) {
                select.setLong(1, passes.keySet().stream().min(Long::compare).orElseThrow());
                select.setLong(2, passes.keySet().stream().max(Long::compare).orElseThrow());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        PassView pass = passes.get(row.getLong(1));
                        if (pass != null) {
                            pass.ledger()
                                    .add(new LedgerLine(
                                            row.getLong(2),
                                            row.getLong(3),
                                            row.getLong(4),
                                            row.getLong(5),
                                            row.getLong(6),
                                            row.getLong(7),
                                            row.getLong(8)));
                        }
                    }
                }
            }
            return passes.values().stream()
                    .map(p -> new PassView(
                            p.id(),
                            p.cause(),
                            p.businessDate(),
                            p.runId(),
                            p.startedBy(),
                            p.startedAt(),
                            p.endedAt(),
                            p.durationMillis(),
                            List.copyOf(p.ledger())))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the playbook passes: " + e.getMessage(), e);
        }
    }
}
