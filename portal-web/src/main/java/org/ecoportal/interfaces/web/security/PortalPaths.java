package org.ecoportal.interfaces.web.security;

import java.util.Optional;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * The portal's URL layout. Every signed-in screen lives under its tenant ({@code /kr/…}); within a
 * tenant, each role has its own folder named after the realm role ({@code /kr/exporter/…}). Pages
 * open to anyone live under {@code /site/public/…}.
 */
public final class PortalPaths {

  /** Faces mapping of the tenant-less pages (landing, signed out, error pages). */
  public static final String SITE = "/site";

  /** Folder (below a tenant) of pages every signed-in user of the tenant may open. */
  public static final String ACCOUNT_FOLDER = "/account/";

  public static final String PUBLIC_FOLDER = "/public/";

  public static final String SIGNED_OUT = SITE + "/public/signed-out.xhtml";

  private PortalPaths() {}

  /** The tenant a request path belongs to: its first segment, e.g. {@code /kr/exporter/x} → KR. */
  public static Optional<Tenant> tenantOf(String path) {
    if (path == null || path.length() < 2 || path.charAt(0) != '/') {
      return Optional.empty();
    }
    int end = path.indexOf('/', 1);
    return Tenant.fromCode(end < 0 ? path.substring(1) : path.substring(1, end));
  }

  /** The role whose folder a view id (e.g. {@code /chamber-officer/dashboard.xhtml}) lies in. */
  public static Optional<Role> roleFolderOf(String viewId) {
    if (viewId == null || viewId.length() < 2) {
      return Optional.empty();
    }
    int end = viewId.indexOf('/', 1);
    return end < 0 ? Optional.empty() : Role.fromRoleName(viewId.substring(1, end));
  }

  /** Where a user with this role lands after signing in to the tenant. */
  public static String dashboard(Tenant tenant, Role role) {
    return "/" + tenant.code() + "/" + role.roleName() + "/dashboard.xhtml";
  }
}
