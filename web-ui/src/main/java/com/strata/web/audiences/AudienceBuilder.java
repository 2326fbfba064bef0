package com.strata.web.audiences;

import com.strata.audience.AudienceExports;
import com.strata.audience.AudienceFilter;
import com.strata.audience.AudienceMember;
import com.strata.audience.AudienceSummary;
import com.strata.audience.AudienceView;
import com.strata.audience.Audiences;
import com.strata.audience.ExportFormat;
import com.strata.audience.ExportJobView;
import com.strata.customer.CustomerKind;
import com.strata.customer.CustomerSearch;
import com.strata.customer.CustomerSearchOptions;
import com.strata.customer.Ownership;
import com.strata.refusal.Refusal;
import com.strata.scoring.LifecycleStage;
import com.strata.scoring.Segment;
import com.strata.web.shell.LocaleSelection;
import com.strata.web.shell.TierNames;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The audience builder: the filters are the page's URL parameters (the dashboards link here with them, and a saved
 * audience opens with {@code ?id=}); each change counts and values the audience again and lists its first page, all
 * in the database through {@link Audiences}. Exports run in the background ({@link AudienceExports}); the page polls
 * their progress and offers the file when it is written.
 */
@Named
@ViewScoped
public class AudienceBuilder implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Audiences audiences;

    @Inject
    private AudienceExports exports;

    @Inject
    private CustomerSearch search;

    @Inject
    private LocaleSelection language;

    @Inject
    private TierNames tierNames;

    /** The filters by their URL parameter name, as the form holds them. */
    private final Map<String, String> values = new LinkedHashMap<>();

    private Long id;
    private AudienceView opened;
    private String name;
    private boolean shared;
    private CustomerSearchOptions options;
    private List<AudienceView> saved;
    private AudienceFilter filter;
    private AudienceSummary summary;
    private ExportJobView export;
    private Map<String, Map<String, String>> labels;

    private final LazyDataModel<AudienceMember> members = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return summary == null ? 0 : (int) Math.min(Integer.MAX_VALUE, summary.count());
        }

        @Override
        public List<AudienceMember> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return filter == null ? List.of() : audiences.members(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AudienceMember member) {
            return member.code();
        }
    };

    /** Reads the URL: a saved audience's filter under the parameters given beside its id, then counts. */
    public void load() {
        options = search.options();
        saved = audiences.list();
        if (id != null) {
            try {
                opened = audiences.get(id);
                audiences.filterOf(opened).toParameters().forEach(values::putIfAbsent);
                name = opened.name();
                shared = opened.shared();
            } catch (Refusal refused) {
                say(FacesMessage.SEVERITY_ERROR, refused.getMessage());
            }
        }
        refresh();
    }

    /** Counts, values and lists the audience for the form's filters; wrong values are named and nothing is shown. */
    public void refresh() {
        Map<String, String> set = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                set.put(key, value);
            }
        });
        // A new audience is read from its first page.
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("audienceForm:members")
                instanceof DataTable t) {
            t.setFirst(0);
        }
        try {
            filter = audiences.filter(set);
            summary = audiences.summary(filter);
        } catch (Refusal refused) {
            filter = null;
            summary = null;
            refused.details().forEach(detail -> say(FacesMessage.SEVERITY_ERROR, detail));
        }
    }

    /** Empties every filter. */
    public void clear() {
        values.clear();
        refresh();
    }

    /** Saves the filters: over the opened audience when it is the caller's own, else as a new one. */
    public String save() {
        if (filter == null) {
            return null;
        }
        try {
            AudienceView result = opened != null && opened.owner().equals(currentUser())
                    ? audiences.update(opened.id(), name, shared, filter)
                    : audiences.create(name, shared, filter);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            say(FacesMessage.SEVERITY_INFO, text("audiences.saved", result.name()));
            return "/analytics/audiences?faces-redirect=true&id=" + result.id();
        } catch (Refusal refused) {
            sayRefusal(refused);
            return null;
        }
    }

    /** Deletes a saved audience (the page asks to confirm first). */
    public String delete(long audience) {
        try {
            audiences.delete(audience);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            say(FacesMessage.SEVERITY_INFO, text("audiences.deleted"));
            return "/analytics/audiences?faces-redirect=true";
        } catch (Refusal refused) {
            sayRefusal(refused);
            return null;
        }
    }

    public void exportCsv() {
        startExport(ExportFormat.CSV);
    }

    public void exportXlsx() {
        startExport(ExportFormat.XLSX);
    }

    private void startExport(ExportFormat format) {
        if (filter == null) {
            return;
        }
        try {
            export = exports.exportFilter(filter, format, language.isChinese());
        } catch (Refusal refused) {
            sayRefusal(refused);
        }
    }

    /** Reads the running export's progress again (the page polls it). */
    public void poll() {
        if (export != null) {
            export = exports.status(export.id());
        }
    }

    /** The written file, for the download button. */
    public StreamedContent getDownload() {
        Path file = exports.file(export.id());
        return DefaultStreamedContent.builder()
                .name("audience-export-" + export.id() + "." + export.format().extension())
                .contentType(export.format().mediaType())
                .contentLength(size(file))
                .stream(() -> {
                    try {
                        return Files.newInputStream(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The audience's own URL, for a link to share: this page with the filters as parameters. */
    public String getQueryString() {
        return filter == null ? "" : filter.toQueryString();
    }

    public boolean isFiltered() {
        return values.values().stream().anyMatch(value -> value != null && !value.isBlank());
    }

    public boolean isMine(AudienceView audience) {
        return audience.owner().equals(currentUser());
    }

    public String segmentName(String key) {
        Segment value = Segment.valueOf(key);
        return language.isChinese() ? value.chinese() : value.english();
    }

    public String stageName(String key) {
        LifecycleStage value = LifecycleStage.valueOf(key);
        return language.isChinese() ? value.chinese() : value.english();
    }

    /** What each choice filter's values read as, by the filter's parameter name. */
    public Map<String, Map<String, String>> getLabels() {
        if (labels != null) {
            return labels;
        }
        labels = new LinkedHashMap<>();
        labels.put("tier", named(options.tiers(), tierNames::of));
        labels.put("segment", named(options.segments(), this::segmentName));
        labels.put("stage", named(options.stages(), this::stageName));
        labels.put("sizeBand", named(options.sizeBands(), band -> text("customers.sizeBand." + band)));
        labels.put("ownership", named(getOwnerships(), owner -> text("c360.ownership." + owner)));
        labels.put("kind", named(getKinds(), kind -> text("c360.kind." + kind)));
        labels.put(
                "flag",
                named(List.of("true", "false"), flag -> text(flag.equals("true") ? "common.yes" : "common.no")));
        return labels;
    }

    private static Map<String, String> named(List<String> keys, Function<String, String> name) {
        Map<String, String> names = new LinkedHashMap<>();
        keys.forEach(key -> names.put(key, name.apply(key)));
        return names;
    }

    public List<String> getOwnerships() {
        return Arrays.stream(Ownership.values()).map(Enum::name).toList();
    }

    public List<String> getKinds() {
        return Arrays.stream(CustomerKind.values()).map(Enum::name).toList();
    }

    public List<String> getScores() {
        return List.of("5", "4", "3", "2", "1");
    }

    private String currentUser() {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getUserPrincipal()
                .getName();
    }

    private void sayRefusal(Refusal refused) {
        if (refused.details().isEmpty()) {
            say(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } else {
            refused.details().forEach(detail -> say(FacesMessage.SEVERITY_ERROR, detail));
        }
    }

    private static void say(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, ""));
    }

    private static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    public Map<String, String> getValues() {
        return values;
    }

    public LazyDataModel<AudienceMember> getMembers() {
        return members;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AudienceView getOpened() {
        return opened;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }

    public CustomerSearchOptions getOptions() {
        return options;
    }

    public List<AudienceView> getSaved() {
        return saved;
    }

    public AudienceSummary getSummary() {
        return summary;
    }

    public ExportJobView getExport() {
        return export;
    }
}
