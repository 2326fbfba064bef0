package com.strata.web.shell;

import com.strata.security.UserDirectory;
import com.strata.security.UserProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in user as the header and the home page show them. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private UserDirectory users;

    private UserProfile profile;

    public UserProfile getProfile() {
        if (profile == null) {
            profile = users.myProfile();
        }
        return profile;
    }

    public boolean hasRole(String role) {
        return getProfile().roles().contains(role);
    }
}
