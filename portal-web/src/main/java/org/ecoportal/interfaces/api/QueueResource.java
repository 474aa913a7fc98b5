package org.ecoportal.interfaces.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.ApplicationSummary;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.QueueQuery;
import org.ecoportal.domain.model.application.ApplicationStatus;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;

/**
 * {@code /<tenant>/api/queue}: the chamber's own systems work its queue as officers do on the
 * screen: claim, approve (which issues the certificate), reject or return with a reason. Every
 * decision names the version of the application it was made on; a stale version is refused with
 * 409, so two deciders never both win.
 */
@Path("queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QueueResource {

  /** A decision on one application. */
  public record Decision(Long version, String reason) {}

  @EJB private ChamberDesk desk;

  /** Applications waiting for a decision, oldest first. */
  @GET
  public List<ApplicationSummary> waiting(@QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
    return desk.queue(new QueueQuery(offset, limit, "submittedAt", true, EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW), null))
        .rows();
  }

  @GET
  @Path("{id}")
  public ApplicationsResource.Receipt open(@PathParam("id") String id) {
    return ApplicationsResource.Receipt.of(desk.open(uuid(id)));
  }

  @POST
  @Path("{id}/claim")
  public ApplicationsResource.Receipt claim(@PathParam("id") String id, Decision decision) {
    return ApplicationsResource.Receipt.of(desk.claim(uuid(id), version(decision)));
  }

  @POST
  @Path("{id}/approve")
  public ApplicationsResource.Receipt approve(@PathParam("id") String id, Decision decision) {
    return ApplicationsResource.Receipt.of(desk.approve(uuid(id), version(decision)));
  }

  @POST
  @Path("{id}/reject")
  public ApplicationsResource.Receipt reject(@PathParam("id") String id, Decision decision) {
    return ApplicationsResource.Receipt.of(desk.reject(uuid(id), version(decision), decision.reason()));
  }

  @POST
  @Path("{id}/return")
  public ApplicationsResource.Receipt returnForAmendment(@PathParam("id") String id, Decision decision) {
    return ApplicationsResource.Receipt.of(desk.returnForAmendment(uuid(id), version(decision), decision.reason()));
  }

  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Application " + id);
    }
  }

  private static long version(Decision decision) {
    if (decision == null || decision.version() == null) {
      throw new InvalidInputException(List.of(new FieldProblem("version", "application.error.required")));
    }
    return decision.version();
  }
}
