package org.ecoportal.infrastructure.security;

import jakarta.ejb.EJBAccessException;
import java.security.Principal;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.tenant.Tenant;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Turns the container's caller principal into a {@link Caller}. A user signed in through Keycloak
 * belongs to the tenant whose realm issued the token. Identities of the server itself (for example
 * a {@code @RunAs} principal of a scheduled job) name their tenant as {@code username@tenant}.
 */
public final class Callers {

  private Callers() {}

  /** The signed-in user's e-mail address from the sign-in token; empty for identities of the server. */
  public static java.util.Optional<String> emailOf(Principal principal) {
    if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext().getToken() != null) {
      return java.util.Optional.ofNullable(oidc.getOidcSecurityContext().getToken().getEmail());
    }
    return java.util.Optional.empty();
  }

  public static Caller of(Principal principal) {
    if (principal == null) {
      throw new EJBAccessException("No signed-in user");
    }
    if (principal instanceof OidcPrincipal<?> oidc) {
      String issuer = oidc.getOidcSecurityContext().getToken().getIssuer();
      Tenant tenant =
          Tenant.fromIssuer(issuer)
              .orElseThrow(() -> new EJBAccessException("Token of an unknown realm: " + issuer));
      return new Caller(tenant, principal.getName());
    }
    String name = principal.getName();
    int at = name.lastIndexOf('@');
    Tenant tenant =
        at > 0
            ? Tenant.fromCode(name.substring(at + 1))
                .orElseThrow(() -> new EJBAccessException("No tenant for " + name))
            : null;
    if (tenant == null) {
      throw new EJBAccessException("No tenant for " + name);
    }
    return new Caller(tenant, name.substring(0, at));
  }
}
