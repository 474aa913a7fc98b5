package org.ecoportal.it.browser;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ecoportal.it.ClearanceSeeds;
import org.ecoportal.it.ClearanceSeeds.Variant;

/**
 * Test-only, deployed by the browser tests of clearance: once the certificate {@code number} has
 * reached Taiwan, its importer names the demo broker, who submits a differing declaration
 * {@code prefix-D} and a matching one {@code prefix-M}. Answers the differing declaration's id.
 */
@WebServlet("/it/clearance-seeds")
public class ClearanceSeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private ClearanceSeeds seeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String number = request.getParameter("number");
    String prefix = request.getParameter("prefix");
    long until = System.nanoTime() + 30_000_000_000L;
    Optional<UUID> found = seeds.caseOf("tw", number);
    while (found.isEmpty() && System.nanoTime() < until) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      found = seeds.caseOf("tw", number);
    }
    if (found.isEmpty()) {
      response.sendError(404, "No case for " + number);
      return;
    }
    seeds.brokerAssigned(found.get());
    UUID differing = seeds.submitted(found.get(), prefix + "-D", Variant.DIFFERING, Instant.now().minus(Duration.ofHours(2)));
    seeds.submitted(found.get(), prefix + "-M", Variant.MATCHING, Instant.now().minus(Duration.ofHours(1)));
    response.setContentType("text/plain");
    response.getWriter().write(differing.toString());
  }
}
