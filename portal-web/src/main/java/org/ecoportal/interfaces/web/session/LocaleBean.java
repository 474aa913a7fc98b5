package org.ecoportal.interfaces.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecoportal.application.MembershipService;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * The language the user reads the portal in: the tenant's language at first, English or the
 * tenant's language on request. Kept for the session, and remembered for the user's membership so
 * that mail reaches the user in the same language.
 */
@Named("localeBean")
@SessionScoped
public class LocaleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentTenant tenant;
  @Inject private PortalUser user;
  @EJB private MembershipService membership;

  private Locale chosen;
  /** The language last remembered for the user's membership in this session. */
  private String remembered;

  public Locale getLocale() {
    if (chosen != null && getAvailable().contains(chosen)) {
      return chosen;
    }
    return tenant.get().map(Tenant::defaultLocale).orElse(Locale.ENGLISH);
  }

  /** The language tag of the current locale, e.g. {@code zh-TW}. */
  public String getLanguage() {
    return getLocale().toLanguageTag();
  }

  public void setLanguage(String tag) {
    Locale requested = Locale.forLanguageTag(tag == null ? "" : tag);
    if (getAvailable().contains(requested)) {
      chosen = requested;
    }
  }

  /**
   * Before a signed-in page renders: remembers the user's address and language with its membership,
   * once per session and again after the language changed.
   */
  public void rememberContact() {
    String language = getLanguage();
    if (!language.equals(remembered) && user.isSignedIn() && !user.getRoles().isEmpty()) {
      membership.rememberContact(language);
      remembered = language;
    }
  }

  /** English and the tenant's own language. */
  public List<Locale> getAvailable() {
    List<Locale> locales = new ArrayList<>(List.of(Locale.ENGLISH));
    tenant.get().map(Tenant::defaultLocale).filter(l -> !l.equals(Locale.ENGLISH)).ifPresent(locales::add);
    return locales;
  }

  /** Each language named in itself, as people look for it. */
  public String nameOf(Locale locale) {
    return locale.getDisplayName(locale);
  }

  /** Switches to the language with this tag and reloads the page the user is on. */
  public void switchTo(String tag) throws IOException {
    setLanguage(tag);
    apply();
  }

  /** Applies the chosen language by reloading the page the user is on. */
  public void apply() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + external.getRequestServletPath() + external.getRequestPathInfo());
  }
}
