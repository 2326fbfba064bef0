package com.strata.web.policies;

import com.strata.policy.versions.PolicyCatalog;
import com.strata.policy.versions.PolicyDifference;
import com.strata.policy.versions.PolicyVersionView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Two policy versions side by side, option by option, the changed ones marked; optionally only those. */
@Named
@ViewScoped
public class PolicyDiff implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PolicyCatalog policies;

    private Integer a;
    private Integer b;
    private PolicyVersionView left;
    private PolicyVersionView right;
    private List<PolicyDifference.Row> rows = List.of();
    private boolean onlyChanges = true;

    public void load() {
        left = a == null ? null : policies.version(a).orElse(null);
        right = b == null ? null : policies.version(b).orElse(null);
        if (left != null && right != null) {
            rows = PolicyDifference.between(left.document(), right.document());
        }
    }

    public List<PolicyDifference.Row> getRows() {
        return onlyChanges ? rows.stream().filter(PolicyDifference.Row::changed).toList() : rows;
    }

    public long getChangeCount() {
        return rows.stream().filter(PolicyDifference.Row::changed).count();
    }

    /** The page's label for an option where it has one, else its path. */
    public String label(String path) {
        String key = PolicyEditor.LABELS + path;
        return PolicyPages.bundle().containsKey(key) ? PolicyPages.bundle().getString(key) : path;
    }

    public List<PolicyVersionView> getVersions() {
        return policies.versions();
    }

    public Integer getA() {
        return a;
    }

    public void setA(Integer a) {
        this.a = a;
    }

    public Integer getB() {
        return b;
    }

    public void setB(Integer b) {
        this.b = b;
    }

    public PolicyVersionView getLeft() {
        return left;
    }

    public PolicyVersionView getRight() {
        return right;
    }

    public boolean isOnlyChanges() {
        return onlyChanges;
    }

    public void setOnlyChanges(boolean onlyChanges) {
        this.onlyChanges = onlyChanges;
    }
}
