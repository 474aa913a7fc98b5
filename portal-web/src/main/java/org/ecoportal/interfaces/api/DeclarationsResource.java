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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.ecoportal.application.DeclarationView;
import org.ecoportal.application.ExportDeclarations;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.declaration.DeclarationData;

/**
 * {@code /<tenant>/api/export-declarations}: customs' own system sends the export declarations it
 * cleared, one as JSON or many as the CSV file the customs screen imports (all or none), and reads
 * them back.
 */
@Path("export-declarations")
@Produces(MediaType.APPLICATION_JSON)
public class DeclarationsResource {

  /** The most a search answers. */
  private static final int MAX_RESULTS = 500;

  @EJB private ExportDeclarations declarations;
  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response receive(DeclarationData data) {
    if (data == null) {
      return Problems.answer(Response.Status.BAD_REQUEST, "The request body is empty; send the declaration as JSON");
    }
    DeclarationView recorded = declarations.receive(data);
    return Response.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build()).entity(recorded).build();
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public Response importFile(byte[] csv) {
    return Response.status(Response.Status.CREATED).entity(declarations.importFile("api.csv", csv)).build();
  }

  /** Declarations by (part of) number and exporter identifier and by date of declaration, newest first. */
  @GET
  public List<DeclarationView> search(
      @QueryParam("number") String number,
      @QueryParam("exporter") String exporter,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return declarations.search(number, exporter, date("from", from), date("to", to), Math.max(1, Math.min(limit, MAX_RESULTS)));
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(List.of(new FieldProblem(field, "api.error.date", value)));
    }
  }

  @GET
  @Path("{id}")
  public DeclarationView open(@PathParam("id") String id) {
    return declarations.open(QueueResource.uuid(id));
  }
}
