package org.ecoportal.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.tenant.Tenant;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Decides, before any view renders, whether the signed-in user may open it: the session's login
 * must belong to the tenant in the path, a role folder needs that role, the account folder any
 * portal role; anything else is not found. The container's security constraints in {@code web.xml}
 * say the same for role folders; this filter also covers every other path under the Faces
 * mappings.
 */
@WebFilter(
    filterName = "ViewAccessFilter",
    urlPatterns = {"/kr/*", "/tw/*", "/nz/*", "/cn/*", "/site/*"})
public class ViewAccessFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(ViewAccessFilter.class.getName());
  private static final String RESOURCES = "/jakarta.faces.resource/";
  private static final String ATTACHMENTS = "/attachments";
  private static final String CERTIFICATES = "/certificates";
  private static final String SHIPPING_DOCUMENTS = "/shipping-documents";
  private static final String API = "/api";

  /** Request attribute holding the {@link Tenant} of a tenant page. */
  public static final String TENANT_ATTRIBUTE = "org.ecoportal.tenant";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Tenant> tenant = PortalPaths.tenantOf(path);
    if (tenant.isEmpty()) {
      if (isPublic(request.getPathInfo())) {
        chain.doFilter(request, response);
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
      return;
    }
    request.setAttribute(TENANT_ATTRIBUTE, tenant.get());
    if (!signedInTo(tenant.get(), request)) {
      LOG.warning(() -> "Refused " + path + " to " + request.getRemoteUser() + " signed in to another tenant");
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String view = request.getPathInfo();
    if (request.getServletPath().endsWith(ATTACHMENTS) || request.getServletPath().endsWith(CERTIFICATES)
        || request.getServletPath().endsWith(SHIPPING_DOCUMENTS) || request.getServletPath().endsWith(API)) {
      // The services behind documents and the API decide who may do what.
      chain.doFilter(request, response);
      return;
    }
    if (view == null || view.equals("/") || view.startsWith(RESOURCES)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Role> folder = PortalPaths.roleFolderOf(view);
    if (folder.isPresent()) {
      if (request.isUserInRole(folder.get().roleName())) {
        chain.doFilter(request, response);
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
    } else if (view.startsWith(PortalPaths.ACCOUNT_FOLDER) && hasAnyPortalRole(request)) {
      chain.doFilter(request, response);
    } else if (view.startsWith(PortalPaths.ACCOUNT_FOLDER)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static boolean isPublic(String view) {
    return view != null && (view.startsWith(PortalPaths.PUBLIC_FOLDER) || view.startsWith(RESOURCES));
  }

  /** The login held by the session must come from the realm of the tenant being opened. */
  static boolean signedInTo(Tenant tenant, HttpServletRequest request) {
    if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
      // The container's constraints already demanded a login; no OIDC identity means none of ours.
      return false;
    }
    String issuer = principal.getOidcSecurityContext().getToken().getIssuer();
    return Tenant.fromIssuer(issuer).filter(tenant::equals).isPresent();
  }

  static boolean hasAnyPortalRole(HttpServletRequest request) {
    return Arrays.stream(Role.values()).anyMatch(r -> request.isUserInRole(r.roleName()));
  }
}
