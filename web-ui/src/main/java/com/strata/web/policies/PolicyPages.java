package com.strata.web.policies;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The message bundle for the policy version pages' own sentences. */
final class PolicyPages {

    private PolicyPages() {}

    static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(
                        bundle().getString(key),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(arguments);
    }
}
