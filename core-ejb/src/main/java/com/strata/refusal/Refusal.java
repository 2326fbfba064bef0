package com.strata.refusal;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A service refusing a request, with the reason in words for the user. It is an application exception (inherited by
 * every subclass) so that the EJB container hands it to the caller as it is, after rolling the transaction back,
 * instead of wrapping it in an {@code EJBException}.
 *
 * <p>The code is stable (callers may branch on it, e.g. {@code RUN_NOT_FOUND}); the message may be reworded. Details
 * list each individual problem when there are several, each naming where it is (e.g. {@code policy.clv.horizonMonths:
 * must be a whole number}). When the problems are known as facts ({@link Problem}), {@link #problems()} holds them too, so
 * a page can say them in the reader's language; the details are then their English sentences.
 */
@ApplicationException(rollback = true)
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RefusalKind kind;
    private final String code;
    private final List<String> details;
    private final List<Problem> problems;

    protected Refusal(RefusalKind kind, String code, String message) {
        this(kind, code, message, List.of(), null);
    }

    protected Refusal(RefusalKind kind, String code, String message, List<String> details, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.details = List.copyOf(details);
        this.problems = List.of();
    }

    protected Refusal(RefusalKind kind, String code, String message, List<Problem> problems) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = Problem.sentences(problems);
        this.problems = List.copyOf(problems);
    }

    public RefusalKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<String> details() {
        return details;
    }

    /** The details as facts; empty when this refusal names its problems in English only. */
    public List<Problem> problems() {
        return problems;
    }
}
