package com.strata.web.runs;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Faces messages for the runs pages: a title from the message bundle and, where there is one, the service's words. */
final class PageMessages {

    private PageMessages() {}

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    static void info(String key, Object... arguments) {
        // An empty detail, not null: Faces repeats the summary as the detail when there is none.
        add(FacesMessage.SEVERITY_INFO, text(key, arguments), "");
    }

    /** The service's message is the detail: it already names what is wrong and what to do. */
    static void error(String key, String detail) {
        add(FacesMessage.SEVERITY_ERROR, text(key), detail);
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }
}
