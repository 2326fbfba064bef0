package com.strata.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs the user out, ends the session and shows the login page. */
@Named
@RequestScoped
public class Logout {

    @Inject
    private FacesContext faces;

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(
                external.getRequestContextPath() + StrataAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }
}
