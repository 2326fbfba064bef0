package com.strata.web.shell;

import com.strata.refusal.Refusal;
import com.strata.refusal.RefusalKind;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Turns an access refusal — a role the EJB container refuses ({@link EJBAccessException}) or a service's
 * {@link RefusalKind#FORBIDDEN} refusal, e.g. an account manager opening another manager's customer — into the 403
 * page instead of a 500: a full request answers 403 and web.xml shows {@code forbidden.xhtml};
 * an Ajax request cannot show an error page, so it is redirected there.
 */
public class ForbiddenExceptionHandler extends ExceptionHandlerWrapper {

    static final String FORBIDDEN_PAGE = "/forbidden.xhtml";

    public ForbiddenExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Optional<RuntimeException> refusal =
                    accessRefusal(events.next().getContext().getException());
            if (refusal.isPresent() && !faces.getResponseComplete()) {
                events.remove();
                answerForbidden(faces, refusal.get());
            }
        }
        getWrapped().handle();
    }

    private static void answerForbidden(FacesContext faces, RuntimeException refusal) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + FORBIDDEN_PAGE);
            } else {
                external.responseReset();
                external.responseSendError(403, refusal.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static Optional<RuntimeException> accessRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException refusal) {
                return Optional.of(refusal);
            }
            if (t instanceof Refusal refusal && refusal.kind() == RefusalKind.FORBIDDEN) {
                return Optional.of(refusal);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ForbiddenExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
