package com.strata.web.api;

import com.strata.refusal.Refusal;
import com.strata.system.HealthReport;
import com.strata.system.PoolExhaustion;
import com.strata.system.SystemHealth;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns everything an API call can throw into one {@link ApiError} answer: a service's {@link Refusal} with its own
 * status and code, a role that does not allow the call (403), JAX-RS's own refusals (an unknown path, a wrong method or
 * content type) with their status, a request body that is not JSON or does not fit the call (400), Bean Validation
 * violations (400, one detail per violation naming its member), and anything unexpected (500 with a generic message;
 * the exception is logged) — or 503 {@code DATABASE_UNAVAILABLE} when the database cannot be reached at that moment,
 * or 503 {@code SERVER_BUSY} with {@code Retry-After} when the connection pool lent no connection in time
 * ({@link PoolExhaustion}), so a client knows to retry rather than report a bug.
 *
 * <p>The one mapper of the API. It is declared for {@link Throwable}; JAX-RS picks the mapper of the nearest exception
 * type, so it takes Bean Validation's exceptions through {@link ValidationErrors}, which only outbids RESTEasy's own
 * {@code ValidationException} mapper and hands them back here.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());

    /** Null where the mapper is made by hand (Bean Validation's path, unit tests): no database to ask there. */
    @Inject
    private SystemHealth health;

    public ApiErrorMapper() {}

    /** For tests that stand in for the database. */
    ApiErrorMapper(SystemHealth health) {
        this.health = health;
    }

    @Override
    public Response toResponse(Throwable thrown) {
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 400) {
            return web.getResponse();
        }
        ApiError error = errorFor(thrown);
        if (error.status() == 500 && !(thrown instanceof WebApplicationException)) {
            error = databaseTrouble(thrown, error);
            if (error.status() == 503) {
                LOG.warning(error.code() + " answered for " + thrown);
            } else if (!(thrown instanceof Refusal)) {
                LOG.log(Level.SEVERE, "An API call failed", thrown);
            }
        }
        Response.ResponseBuilder answer = thrown instanceof WebApplicationException web
                ? Response.fromResponse(web.getResponse())
                : Response.status(error.status());
        if (error.code().equals(ApiError.serverBusy().code())) {
            answer.header("Retry-After", ApiError.BUSY_RETRY_AFTER_SECONDS);
        }
        return answer.type(MediaType.APPLICATION_JSON).entity(error).build();
    }

    /**
     * An unexpected failure explained by the database: the pool's exhaustion is told from the failure itself (asking the
     * database would wait for the busy pool again), an outage by asking the database.
     */
    private ApiError databaseTrouble(Throwable thrown, ApiError unexpected) {
        if (PoolExhaustion.explains(thrown)) {
            return ApiError.serverBusy();
        }
        if (health == null) {
            return unexpected;
        }
        HealthReport report = health.check();
        if (report.poolBusy()) {
            return ApiError.serverBusy();
        }
        return report.databaseReachable() ? unexpected : ApiError.databaseUnavailable();
    }

    static ApiError errorFor(Throwable thrown) {
        if (thrown instanceof Refusal refusal) {
            return new ApiError(refusal.kind().httpStatus(), refusal.code(), refusal.getMessage(), refusal.details());
        }
        if (thrown instanceof EJBAccessException) {
            return new ApiError(403, "FORBIDDEN", "Your role does not allow this.", List.of());
        }
        if (thrown instanceof ConstraintViolationException invalid) {
            List<String> details = invalid.getConstraintViolations().stream()
                    .map(violation -> member(violation.getPropertyPath()) + ": " + violation.getMessage())
                    .sorted()
                    .toList();
            return new ApiError(400, "INVALID_REQUEST", details.size() + " problem(s) in the request", details);
        }
        if (thrown instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return new ApiError(status, codeOf(status), web.getMessage(), List.of());
        }
        JsonbException unbindable = causeOfType(thrown, JsonbException.class);
        JsonException unparsable = causeOfType(thrown, JsonException.class);
        if (thrown instanceof ProcessingException && (unbindable != null || unparsable != null)) {
            Throwable reason = unparsable != null ? unparsable : unbindable;
            return new ApiError(
                    400,
                    "MALFORMED_BODY",
                    "The request body is not JSON of the expected form: " + reason.getMessage(),
                    List.of());
        }
        return new ApiError(
                500, "INTERNAL_ERROR", "The server could not answer this call; the failure is logged.", List.of());
    }

    /** The member a violation is about: the bean property path, or the parameter when the parameter itself is wrong. */
    private static String member(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                properties.add(node.getName());
            }
        }
        return properties.isEmpty() ? String.valueOf(parameter) : String.join(".", properties);
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status < 500 ? "BAD_REQUEST" : "INTERNAL_ERROR";
        };
    }

    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /**
     * Bean Validation's exceptions for {@link ApiErrorMapper}: RESTEasy maps {@link ValidationException} itself, and
     * JAX-RS prefers the mapper of the nearest type over one for {@link Throwable}.
     */
    @Provider
    public static class ValidationErrors implements ExceptionMapper<ValidationException> {

        private final ApiErrorMapper mapper = new ApiErrorMapper();

        @Override
        public Response toResponse(ValidationException invalid) {
            return mapper.toResponse(invalid);
        }
    }
}
