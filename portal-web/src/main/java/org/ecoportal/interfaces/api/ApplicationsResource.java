package org.ecoportal.interfaces.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.ApplicationSummary;
import org.ecoportal.application.OrganisationView;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.ExporterApplications;

/**
 * {@code /<tenant>/api/applications}: the exporter's software submits applications for
 * certificates of origin, as JSON ({@link ApplicationRequest}) or as a UBL 2.1
 * {@code CertificateOfOrigin} document, and follows them.
 */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

  /** What the API says of an application. */
  public record Receipt(
      UUID id, String reference, long version, String status, String exporter, String chamber, String claimedBy, Instant submittedAt,
      String certificateNumber, String certificateStatus, String decisionReason) {

    static Receipt of(ApplicationView v) {
      return new Receipt(v.id(), v.reference(), v.version(), v.status().name(), v.exporterName(), v.chamberName(), v.claimedBy(),
          v.submittedAt(), v.certificateNumber(), v.certificateStatus(), v.decisionReason());
    }
  }

  @EJB private ExporterApplications applications;
  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submitJson(ApplicationRequest request) {
    if (request == null) {
      return Problems.answer(Response.Status.BAD_REQUEST, "The request body is empty; send the application as JSON");
    }
    return created(applications.submitNew(request.toData()));
  }

  @POST
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  public Response submitUbl(byte[] document) {
    return created(applications.submitDocument(document));
  }

  /** The organisation's applications, newest first. */
  @GET
  public List<ApplicationSummary> list() {
    return applications.mine();
  }

  /** The chambers the exporter may apply to: {@code chamberId} of an application is one of their ids. */
  @GET
  @Path("chambers")
  public List<OrganisationView> chambers() {
    return applications.chambers();
  }

  @GET
  @Path("{id}")
  public Receipt get(@PathParam("id") String id) {
    return Receipt.of(applications.open(QueueResource.uuid(id)));
  }

  private Response created(ApplicationView view) {
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(Receipt.of(view)).build();
  }
}
