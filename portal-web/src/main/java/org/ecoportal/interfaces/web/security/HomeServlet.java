package org.ecoportal.interfaces.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * The entry points: {@code /} shows the public landing page, {@code /kr/} (after signing in to the
 * tenant) opens the dashboard of the user's role.
 */
@WebServlet(
    name = "HomeServlet",
    urlPatterns = {"", "/kr", "/kr/", "/tw", "/tw/", "/nz", "/nz/", "/cn", "/cn/"})
public class HomeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Tenant> tenant = PortalPaths.tenantOf(path);
    if (tenant.isEmpty()) {
      response.sendRedirect(request.getContextPath() + PortalPaths.SITE + "/public/index.xhtml");
      return;
    }
    if (!ViewAccessFilter.signedInTo(tenant.get(), request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<Role> role = Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.roleName())).findFirst();
    if (role.isEmpty()) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.sendRedirect(request.getContextPath() + PortalPaths.dashboard(tenant.get(), role.get()));
  }
}
