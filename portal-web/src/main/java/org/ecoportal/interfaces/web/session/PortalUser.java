package org.ecoportal.interfaces.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ecoportal.application.MembershipService;
import org.ecoportal.application.OrganisationView;
import org.ecoportal.domain.model.identity.Role;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** The signed-in user as the page template shows it: name, roles, organisation. */
@Named("portalUser")
@RequestScoped
public class PortalUser {

  @Inject private HttpServletRequest request;
  @EJB private MembershipService membership;

  private Optional<OrganisationView> organisation;

  public boolean isSignedIn() {
    return request.getUserPrincipal() != null;
  }

  public String getUsername() {
    return request.getRemoteUser();
  }

  /** Given and family name from the sign-in token, else the user name. */
  public String getDisplayName() {
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
      IDToken token = principal.getOidcSecurityContext().getIDToken();
      if (token != null && token.getName() != null && !token.getName().isBlank()) {
        return token.getName();
      }
    }
    return getUsername();
  }

  public List<Role> getRoles() {
    return Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.roleName())).toList();
  }

  public boolean hasRole(String roleName) {
    return request.isUserInRole(roleName);
  }

  public Optional<OrganisationView> organisation() {
    if (organisation == null) {
      organisation = isSignedIn() && !getRoles().isEmpty() ? membership.myOrganisation() : Optional.empty();
    }
    return organisation;
  }

  /** The organisation's name, or empty when the user is not enrolled in one. */
  public String getOrganisationName() {
    return organisation().map(OrganisationView::name).orElse("");
  }

  public OrganisationView getOrganisation() {
    return organisation().orElse(null);
  }
}
