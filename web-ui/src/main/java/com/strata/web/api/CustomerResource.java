package com.strata.web.api;

import com.strata.customer.CustomerActivity;
import com.strata.customer.CustomerCriteria;
import com.strata.customer.CustomerPage;
import com.strata.customer.CustomerProfile;
import com.strata.customer.CustomerProfiles;
import com.strata.customer.CustomerSearch;
import com.strata.customer.CustomerSearchOptions;
import com.strata.customer.CustomerSearchPage;
import com.strata.customer.InteractionLine;
import com.strata.customer.InvalidPageException;
import com.strata.customer.PageRequest;
import com.strata.customer.PurchaseLine;
import com.strata.customer.ScoreHistories;
import com.strata.customer.ScorePoint;
import com.strata.customer.TierChangeEntry;
import com.strata.customer.TierTimelines;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/customers}: the search over the caller's customers (an account manager their own, a supervisor their
 * team's, everyone else all) with what each filter offers ({@code /filters}), and {@code /api/customers/{code}}: the
 * parts of the customer page. One resource, so that the literal {@code filters} is matched before a customer code. Every role may read a customer, account managers only
 * their own and supervisors their team's (403 otherwise); an unknown code is 404 {@code CUSTOMER_NOT_FOUND}. Paging
 * parameters are read as text so that a value that is not a number is a 400 naming it, like one out of range.
 */
@Tag(name = "Customers", description = "Customers' scores; account managers see only their own customers")
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    private CustomerSearch search;

    @Inject
    private CustomerProfiles profiles;

    @Inject
    private ScoreHistories histories;

    @Inject
    private TierTimelines timelines;

    @Inject
    private CustomerActivity activity;

    /** The customer's score and tier in each of the last applied runs, oldest first. */
    public record ScoreHistory(String code, List<ScorePoint> runs) {}

    /** The customer's tier changes, newest first. */
    public record TierChanges(String code, List<TierChangeEntry> changes) {}

    @Operation(
            summary = "One page of the caller's customers matching the search, with the number of matches",
            description = "Matches are counted up to 10,000; more=true says there are more, and first stays below"
                    + " 10,000. A wrong value answers 400 INVALID_REQUEST naming each parameter; a manager outside"
                    + " the caller's portfolio answers 403.")
    @GET
    public CustomerSearchPage search(
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

    @Operation(summary = "The customer's profile, contacts, live tier and the tier's entitlements")
    @GET
    @Path("{code}")
    public CustomerProfile profile(@PathParam("code") String code) {
        return profiles.profile(code);
    }

    @Operation(
            summary = "Value index, predicted CLV, churn risk and assigned tier in each of the last applied runs"
                    + " (runs: 1 to 60, default 12), oldest first")
    @GET
    @Path("{code}/history")
    public ScoreHistory history(@PathParam("code") String code, @QueryParam("runs") String runs) {
        return new ScoreHistory(code, histories.of(code, runsOf(runs)));
    }

    @Operation(summary = "The customer's tier changes with their reason, run and approver, newest first")
    @GET
    @Path("{code}/tier-changes")
    public TierChanges tierChanges(@PathParam("code") String code) {
        return new TierChanges(code, timelines.of(code));
    }

    @Operation(summary = "One page of the customer's purchases, newest first (first: from 0, size: 1 to 100)")
    @GET
    @Path("{code}/purchases")
    public CustomerPage<PurchaseLine> purchases(
            @PathParam("code") String code, @QueryParam("first") String first, @QueryParam("size") String size) {
        return activity.purchases(code, PageRequest.parse(first, size));
    }

    @Operation(summary = "One page of the customer's interactions, newest first (first: from 0, size: 1 to 100)")
    @GET
    @Path("{code}/interactions")
    public CustomerPage<InteractionLine> interactions(
            @PathParam("code") String code, @QueryParam("first") String first, @QueryParam("size") String size) {
        return activity.interactions(code, PageRequest.parse(first, size));
    }

    private static int runsOf(String runs) {
        if (runs == null || runs.isBlank()) {
            return ScoreHistories.DEFAULT_RUNS;
        }
        try {
            return Integer.parseInt(runs.strip());
        } catch (NumberFormatException e) {
            throw new InvalidPageException(List.of("runs: must be a whole number, got '" + runs + "'"));
        }
    }
}
