package org.ecoportal.interfaces.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.interfaces.web.security.PortalPaths;
import org.ecoportal.interfaces.web.security.ViewAccessFilter;

/**
 * The tenant of the page being rendered: from the path of a tenant page, from the failed request on
 * an error page, or from the {@code tenant} parameter on a public page.
 */
@Named("tenant")
@RequestScoped
public class CurrentTenant {

  @Inject private HttpServletRequest request;

  private Optional<Tenant> tenant;

  public Optional<Tenant> get() {
    if (tenant == null) {
      tenant = resolve();
    }
    return tenant;
  }

  private Optional<Tenant> resolve() {
    if (request.getAttribute(ViewAccessFilter.TENANT_ATTRIBUTE) instanceof Tenant t) {
      return Optional.of(t);
    }
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (failed instanceof String uri) {
      Optional<Tenant> fromError = PortalPaths.tenantOf(uri.substring(request.getContextPath().length()));
      if (fromError.isPresent()) {
        return fromError;
      }
    }
    return Tenant.fromCode(request.getParameter("tenant"));
  }

  public boolean isPresent() {
    return get().isPresent();
  }

  /** The tenant's code ({@code kr}), or empty outside any tenant. */
  public String getCode() {
    return get().map(Tenant::code).orElse("");
  }

  /** The ISO code of the tenant's economy ({@code KR}), or empty outside any tenant. */
  public String getCountry() {
    return get().map(Tenant::country).orElse("");
  }

  /** Bundle key prefix of the tenant's texts, e.g. {@code tenant.kr}; {@code tenant.none} outside. */
  public String getKey() {
    return "tenant." + get().map(Tenant::code).orElse("none");
  }

  /** The tenant's own language; English outside any tenant. */
  public java.util.Locale getLocale() {
    return get().map(Tenant::defaultLocale).orElse(java.util.Locale.ENGLISH);
  }

  /** Where the tenant's branding (colours, logo) is served from. */
  public String getBrandingPath() {
    return request.getContextPath() + "/resources/branding/" + get().map(Tenant::code).orElse("default");
  }

  /** The tenant's home page, which signs the user in and opens the right dashboard. */
  public String getHomePath() {
    return request.getContextPath() + get().map(t -> "/" + t.code() + "/").orElse("/");
  }
}
