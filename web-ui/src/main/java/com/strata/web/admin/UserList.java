package com.strata.web.admin;

import com.strata.refusal.Refusal;
import com.strata.security.Deactivated;
import com.strata.security.InvalidUserException;
import com.strata.security.LoginThrottle;
import com.strata.security.PasswordRules;
import com.strata.security.Roles;
import com.strata.security.TemporaryPassword;
import com.strata.security.UserAdministration;
import com.strata.security.UserChangedMeanwhileException;
import com.strata.security.UserDirectory;
import com.strata.security.UserProfile;
import com.strata.security.UserQuery;
import com.strata.web.shell.ProblemMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The users page: one page of users at a time filtered by name and role in the database; administrators create
 * users, change their roles and team, reset passwords and deactivate them through {@link UserAdministration}, which
 * checks every rule. A temporary password is shown once, in a dialog.
 */
@Named
@ViewScoped
public class UserList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserDirectory users;

    @Inject
    private UserAdministration administration;

    @Inject
    private LoginThrottle throttle;

    private String name;
    private String role;
    private UserForm form;
    private TemporaryPassword temporaryPassword;
    private Deactivated deactivated;
    private final Map<String, Long> customersOfInactive = new HashMap<>();
    /** Account names locked by the sign-in throttle, read once per page of users. */
    private Set<String> locked = Set.of();

    private final LazyDataModel<UserProfile> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(users.find(query(), 0, 1).matches());
        }

        @Override
        public List<UserProfile> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            customersOfInactive.clear();
            locked = throttle.lockedAccounts();
            return users.find(query(), first, pageSize).users();
        }

        @Override
        public String getRowKey(UserProfile user) {
            return user.username();
        }
    };

    private UserQuery query() {
        return new UserQuery(name, role);
    }

    public LazyDataModel<UserProfile> getModel() {
        return model;
    }

    public List<String> getRoles() {
        return Roles.ALL;
    }

    public List<UserProfile> getSupervisors() {
        return users.supervisors();
    }

    public int getMinPasswordLength() {
        return PasswordRules.MIN_LENGTH;
    }

    /** Customers an inactive user still manages (read only for the inactive users on the page). */
    public long customersOf(String username) {
        return customersOfInactive.computeIfAbsent(username, users::customersManagedBy);
    }

    public void add() {
        form = UserForm.blank();
    }

    public void edit(UserProfile user) {
        form = UserForm.of(users.profile(user.username()));
    }

    /** Saves the dialog; refusals keep it open with each problem, a change made meanwhile reloads the current values. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (form.isCreating()) {
                temporaryPassword = administration.create(form.toNewUser());
                PrimeFaces.current().executeScript("PF('passwordDialog').show()");
            } else {
                administration.update(form.getUsername(), form.toEdit());
                info(faces, "users.saved", form.getUsername());
            }
        } catch (UserChangedMeanwhileException meanwhile) {
            form = UserForm.of(meanwhile.current());
            dialogError(faces, text(faces, "users.changedMeanwhile", form.getUsername()));
            return;
        } catch (InvalidUserException refused) {
            for (String problem : ProblemMessages.of(refused, "users.")) {
                dialogError(faces, problem);
            }
            return;
        }
        PrimeFaces.current().ajax().update("messages");
    }

    public void resetPassword(UserProfile user) {
        temporaryPassword = administration.resetPassword(user.username());
        PrimeFaces.current().executeScript("PF('passwordDialog').show()");
    }

    public void deactivate(UserProfile user) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            deactivated = administration.deactivate(user.username());
        } catch (Refusal refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), ""));
            return;
        }
        info(faces, "users.deactivated", user.username());
    }

    /** Whether too many failed sign-ins lock the user out now (the throttle keys names in lower case). */
    public boolean locked(String username) {
        return locked.contains(username.toLowerCase(Locale.ROOT));
    }

    /** Lifts the sign-in lock early (audited as LOGIN_UNLOCKED by the throttle). */
    public void unlock(UserProfile user) {
        throttle.unlock(user.username());
        locked = throttle.lockedAccounts();
        info(FacesContext.getCurrentInstance(), "security.users.unlocked", user.username());
    }

    public void activate(UserProfile user) {
        administration.activate(user.username());
        deactivated = null;
        info(FacesContext.getCurrentInstance(), "users.activated", user.username());
    }

    public UserForm getForm() {
        return form;
    }

    public TemporaryPassword getTemporaryPassword() {
        return temporaryPassword;
    }

    public Deactivated getDeactivated() {
        return deactivated;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    private static void dialogError(FacesContext faces, String text) {
        faces.addMessage("userEditForm", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
        faces.validationFailed();
    }

    private static void info(FacesContext faces, String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, arguments), ""));
    }

    private static String text(FacesContext faces, String key, Object... arguments) {
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }
}
