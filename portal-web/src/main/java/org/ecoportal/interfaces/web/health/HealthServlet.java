package org.ecoportal.interfaces.web.health;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ecoportal.application.ReadinessService;
import org.ecoportal.application.ReadinessService.Readiness;

/**
 * {@code /health/ready}: 200 when the portal can serve users (its database answers), else 503;
 * {@code /health/live}: 200 while the application is deployed. Both answer JSON for load balancers
 * and the launcher.
 */
@WebServlet(name = "HealthServlet", urlPatterns = {"/health/ready", "/health/live"})
public class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private ReadinessService readiness;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    if (request.getServletPath().endsWith("/live")) {
      response.getWriter().write("{\"status\":\"UP\"}");
      return;
    }
    Readiness result = readiness.check();
    response.setStatus(result.ready() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response
        .getWriter()
        .write(
            "{\"status\":\""
                + (result.ready() ? "UP" : "DOWN")
                + "\",\"checks\":[{\"name\":\"database\",\"status\":\""
                + (result.databaseUp() ? "UP" : "DOWN")
                + "\",\"millis\":"
                + result.databaseMillis()
                + ",\"detail\":\""
                + jsonEscape(result.databaseDetail())
                + "\"}]}");
  }

  private static String jsonEscape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
