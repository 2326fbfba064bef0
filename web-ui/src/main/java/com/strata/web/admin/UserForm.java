package com.strata.web.admin;

import com.strata.security.NewUser;
import com.strata.security.UserEdit;
import com.strata.security.UserProfile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The users page's dialog: a new user, or an existing one with the version it was read at. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean creating;
    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String supervisor;
    private long version;

    private UserForm(boolean creating) {
        this.creating = creating;
    }

    static UserForm blank() {
        return new UserForm(true);
    }

    static UserForm of(UserProfile user) {
        UserForm form = new UserForm(false);
        form.username = user.username();
        form.displayName = user.displayName();
        form.roles = new ArrayList<>(user.roles());
        form.supervisor = user.supervisor();
        form.version = user.version();
        return form;
    }

    NewUser toNewUser() {
        return new NewUser(username, displayName, List.copyOf(roles), supervisor);
    }

    UserEdit toEdit() {
        return new UserEdit(displayName, List.copyOf(roles), supervisor, version);
    }

    public boolean isCreating() {
        return creating;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public long getVersion() {
        return version;
    }
}
