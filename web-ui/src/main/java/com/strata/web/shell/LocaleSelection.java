package com.strata.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language the user reads Strata in, English or Simplified Chinese, kept for the session. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && requested.getLanguage().equals("zh")
                    ? Locale.SIMPLIFIED_CHINESE
                    : Locale.ENGLISH;
        }
        return locale;
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches to one of the supported languages, given by its tag ({@code en} or {@code zh-CN}). */
    public void switchTo(String languageTag) {
        Locale chosen = Locale.forLanguageTag(languageTag);
        locale = SUPPORTED.contains(chosen) ? chosen : Locale.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public boolean isChinese() {
        return Locale.SIMPLIFIED_CHINESE.equals(getLocale());
    }
}
