package com.strata.web.api;

import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerPage;
import com.strata.customer.CustomerSearch;
import com.strata.customer.CustomerSearchOptions;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/customers}: search the caller's customers (an account manager their own, a supervisor their team's,
 * everyone else all) with the latest applied scores; {@code GET /api/customers/filters}: what each filter offers.
 */
@Tag(name = "Customers", description = "Customers' scores; account managers see only their own customers")
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    private CustomerSearch search;

    @Operation(
            summary = "One page of the caller's customers matching the search, with the number of matches",
            description = "Matches are counted up to 10,000; more=true says there are more, and first stays below"
                    + " 10,000. A wrong value answers 400 INVALID_REQUEST naming each parameter; a manager outside"
                    + " the caller's portfolio answers 403.")
    @GET
    public CustomerPage search(
            @Parameter(description = "code (from its start), name (anywhere, Chinese too), contact phone or email")
                    @QueryParam("q")
                    String q,
            @Parameter(description = "tier key: Diamond, Platinum, Gold, Silver, Bronze") @QueryParam("tier")
                    String tier,
            @Parameter(description = "segment, e.g. CHAMPIONS") @QueryParam("segment") String segment,
            @Parameter(description = "lifecycle stage: NEW, GROWING, MATURE, DECLINING, CHURNED") @QueryParam("stage")
                    String stage,
            @Parameter(description = "true or false") @QueryParam("churnWarning") String churnWarning,
            @Parameter(description = "true or false") @QueryParam("downgradeWarning") String downgradeWarning,
            @Parameter(description = "account manager's username") @QueryParam("manager") String manager,
            @QueryParam("region") String region,
            @QueryParam("industry") String industry,
            @Parameter(description = "MICRO, SMALL, MEDIUM, LARGE, ENTERPRISE") @QueryParam("sizeBand") String sizeBand,
            @Parameter(description = "VALUE_INDEX (default), PREDICTED_CLV, CHURN_RISK, LAST_PURCHASE, CODE, NAME")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "ASC or DESC; measures default to DESC, code and name to ASC") @QueryParam("dir")
                    String dir,
            @Parameter(description = "0 to 9999, default 0") @QueryParam("first") String first,
            @Parameter(description = "1 to 100, default 25") @QueryParam("size") String size) {
        return search.search(new CustomerCriteria.Raw(
                q,
                tier,
                segment,
                stage,
                churnWarning,
                downgradeWarning,
                manager,
                region,
                industry,
                sizeBand,
                sort,
                dir,
                first,
                size));
    }

    @Operation(summary = "The values each customer filter offers the caller (tiers, segments, managers in scope ...)")
    @GET
    @Path("filters")
    public CustomerSearchOptions filters() {
        return search.options();
    }
}
