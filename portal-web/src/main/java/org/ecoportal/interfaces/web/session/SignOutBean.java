package org.ecoportal.interfaces.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;
import org.ecoportal.interfaces.web.security.PortalPaths;

/** Signs the user out of the portal and of the tenant's Keycloak session. */
@Named("signOut")
@RequestScoped
public class SignOutBean {

  private static final Logger LOG = Logger.getLogger(SignOutBean.class.getName());

  @Inject private HttpServletRequest request;
  @Inject private CurrentTenant tenant;

  public void signOut() throws IOException, ServletException {
    String user = request.getRemoteUser();
    String code = tenant.getCode();
    // The OIDC mechanism ends the Keycloak session on logout.
    request.logout();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.invalidateSession();
    LOG.info(() -> "Signed out " + user + " of tenant " + code);
    external.redirect(external.getRequestContextPath() + PortalPaths.SIGNED_OUT + "?tenant=" + code);
  }
}
