package com.strata.web.admin;

import com.strata.security.UserDirectory;
import com.strata.security.UserProfile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The users page: one page of users at a time, straight from the user directory. */
@Named
@ViewScoped
public class UserList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserDirectory users;

    private final LazyDataModel<UserProfile> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(users.countUsers());
        }

        @Override
        public List<UserProfile> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return users.listUsers(first, pageSize);
        }

        @Override
        public String getRowKey(UserProfile user) {
            return user.username();
        }
    };

    public LazyDataModel<UserProfile> getModel() {
        return model;
    }
}
