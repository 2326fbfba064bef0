package com.strata.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.policy.versions.InvalidPolicyException;
import com.strata.refusal.Problem;
import com.strata.refusal.ProblemCode;
import com.strata.runs.RunRefusedException;
import com.strata.runs.UnknownRunException;
import com.strata.system.HealthReport;
import com.strata.system.SystemHealth;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiErrorMapperTest {

    private final ApiErrorMapper mapper = new ApiErrorMapper();

    @Test
    void aRefusalAnswersItsOwnStatusCodeMessageAndDetails() {
        assertEquals(
                new ApiError(404, "RUN_NOT_FOUND", "There is no run 7", List.of()), answer(new UnknownRunException(7)));
        assertEquals(
                409, answer(new RunRefusedException("APPLY run 3 is RUNNING")).status());

        ApiError invalid = answer(new InvalidPolicyException(List.of(
                Problem.of("policy.clv.horizonMonths", ProblemCode.POLICY_OPTION, "must be a whole number"),
                Problem.of("policy", ProblemCode.MISSING))));
        assertEquals(400, invalid.status());
        assertEquals("INVALID_POLICY", invalid.code());
        assertEquals(
                List.of("policy.clv.horizonMonths: must be a whole number", "policy: is missing"), invalid.details());
    }

    @Test
    void aBodyJsonBCannotReadIsA400NotA500() {
        ApiError malformed = answer(new ProcessingException(
                "RESTEASY008200: JSON Binding deserialization error",
                new JsonbException("Unable to deserialize property 'policyVersion'")));

        assertEquals(400, malformed.status());
        assertEquals("MALFORMED_BODY", malformed.code());
        assertTrue(malformed.message().contains("policyVersion"), malformed.message());
    }

    @Test
    void jaxRsRefusalsKeepTheirStatusAndHeaders() {
        Response notAllowed = mapper.toResponse(new NotAllowedException("GET"));

        assertEquals(405, notAllowed.getStatus());
        assertEquals("GET", notAllowed.getHeaderString("Allow"));
        assertEquals("METHOD_NOT_ALLOWED", ((ApiError) notAllowed.getEntity()).code());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, notAllowed.getMediaType());
        assertEquals(
                "UNSUPPORTED_MEDIA_TYPE", answer(new NotSupportedException()).code());
    }

    @Test
    void aRoleThatMayNotIsA403() {
        assertEquals(
                new ApiError(403, "FORBIDDEN", "Your role does not allow this.", List.of()),
                answer(new EJBAccessException("WFLYEJB0364: Invocation on method ... is not allowed")));
    }

    @Test
    void anythingUnexpectedIsA500ThatGivesNothingAway() {
        ApiError failure = answer(new IllegalStateException("connection pool exhausted at 10.0.0.5"));

        assertEquals(500, failure.status());
        assertEquals("INTERNAL_ERROR", failure.code());
        assertFalse(failure.message().contains("10.0.0.5"), failure.message());
    }

    @Test
    void anUnexpectedFailureWhileTheDatabaseIsDownIsA503ToRetry() {
        ApiErrorMapper whileDown = new ApiErrorMapper(reporting(HealthReport.unreachable("Connection refused")));
        Response response =
                whileDown.toResponse(new IllegalStateException("IJ000453: Unable to get managed connection"));

        assertEquals(503, response.getStatus());
        assertEquals("DATABASE_UNAVAILABLE", ((ApiError) response.getEntity()).code());
    }

    @Test
    void anUnexpectedFailureWhileTheDatabaseIsUpStaysA500AndARefusalStaysItself() {
        ApiErrorMapper whileUp = new ApiErrorMapper(reporting(HealthReport.reachable("H2", "2", "24")));
        assertEquals(500, whileUp.toResponse(new IllegalStateException("boom")).getStatus());

        ApiErrorMapper whileDown = new ApiErrorMapper(reporting(HealthReport.unreachable("Connection refused")));
        assertEquals(
                409,
                whileDown
                        .toResponse(new RunRefusedException("APPLY run 3 is RUNNING"))
                        .getStatus());
    }

    @Test
    void anExhaustedPoolIsA503BusyToRetryNotAnOutage() {
        ApiErrorMapper mapper = new ApiErrorMapper(reporting(HealthReport.unreachable("must not be asked")));
        Response response = mapper.toResponse(new IllegalStateException(new SQLException(
                "IJ000453: Unable to get managed connection for java:jboss/datasources/StrataDS",
                new IllegalStateException("IJ000655: No managed connections available within configured blocking"
                        + " timeout (5000 [ms])"))));

        assertEquals(503, response.getStatus());
        assertEquals("SERVER_BUSY", ((ApiError) response.getEntity()).code());
        assertEquals("5", response.getHeaderString("Retry-After"));
    }

    @Test
    void aFailureWhileHealthFindsThePoolBusyIsA503Busy() {
        ApiErrorMapper whileBusy = new ApiErrorMapper(reporting(HealthReport.poolBusy("IJ000655")));
        Response response = whileBusy.toResponse(new IllegalStateException("timed out"));

        assertEquals(503, response.getStatus());
        assertEquals("SERVER_BUSY", ((ApiError) response.getEntity()).code());
    }

    private static SystemHealth reporting(HealthReport report) {
        return new SystemHealth() {
            @Override
            public HealthReport check() {
                return report;
            }
        };
    }

    private ApiError answer(Throwable thrown) {
        Response response = mapper.toResponse(thrown);
        ApiError error = (ApiError) response.getEntity();
        assertEquals(response.getStatus(), error.status());
        return error;
    }
}
