package org.ecoportal.it.browser;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.ecoportal.it.services.ClearanceFixture;

/**
 * Test-only: {@code GET /it-fixture/declaration?tenant=&number=} waits (up to 30 s) for the import
 * case of a delivered certificate and answers the id of a submitted declaration quoting it, made as
 * the broker's form would; the browser tests cannot reach the server's services otherwise.
 */
@WebServlet("/it-fixture/declaration")
public class ClearanceFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      ClearanceFixture fixture = InitialContext.doLookup("java:app/portal-ejb/ClearanceFixture!" + ClearanceFixture.class.getName());
      String tenant = request.getParameter("tenant");
      String number = request.getParameter("number");
      long until = System.nanoTime() + 30_000_000_000L;
      while (!fixture.caseOpen(tenant, number) && System.nanoTime() < until) {
        Thread.sleep(300);
      }
      response.setContentType("text/plain");
      response.getWriter().write(fixture.submittedDeclaration(tenant, number).id().toString());
    } catch (NamingException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
