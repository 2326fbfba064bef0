package com.strata.web.security;

import com.strata.security.InvalidUserException;
import com.strata.security.OwnPassword;
import com.strata.security.PasswordRules;
import com.strata.security.UserDirectory;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The change-your-password page: the current password and the new one twice. A user with a temporary password is
 * sent here until they have changed it ({@link PasswordChangeRequired}); afterwards they go home.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OwnPassword ownPassword;

    @Inject
    private UserDirectory users;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public boolean isTemporary() {
        return users.callerMustChangePassword();
    }

    public int getMinLength() {
        return PasswordRules.MIN_LENGTH;
    }

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ownPassword.change(currentPassword, newPassword, repeatPassword);
        } catch (InvalidUserException refused) {
            for (String problem : ProblemMessages.of(refused, "password.")) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, ""));
            }
            faces.validationFailed();
            return;
        }
        String done = faces.getApplication().getResourceBundle(faces, "msg").getString("password.changed");
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, ""));
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/home.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
