package com.strata.policy.versions;

import com.strata.runs.RunCatalog;
import com.strata.runs.RunMode;
import com.strata.runs.RunStatus;
import com.strata.runs.RunView;
import com.strata.security.Roles;
import com.strata.service.TierServicePolicies;
import com.strata.system.StrataDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The cost of a policy change as its preview run shows it ({@link ChangeCost}): the groups {@link ChangeCostGroups}
 * reads in one pass, priced under the tier service policies in force.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class PolicyChangeCosts {

    @Resource(lookup = StrataDataSource.JNDI_NAME)
    private DataSource dataSource;

    @EJB
    private RunCatalog runs;

    @EJB
    private TierServicePolicies entitlements;

    /** The cost of the change a completed PREVIEW run shows. */
    public ChangeCost of(long previewRunId) {
        RunView run = runs.detail(previewRunId).run();
        if (run.mode() != RunMode.PREVIEW || run.status() != RunStatus.COMPLETED) {
            throw new PreviewNotReadyException(previewRunId, run.mode(), run.status());
        }
        try (Connection db = dataSource.getConnection()) {
            return ChangeCost.of(ChangeCostGroups.of(db, previewRunId), entitlements.current());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the groups of preview run " + previewRunId, e);
        }
    }
}
