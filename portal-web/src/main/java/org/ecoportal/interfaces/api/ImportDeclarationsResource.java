package org.ecoportal.interfaces.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.ImportDeclarations;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent;

/**
 * {@code /<tenant>/api/import-declarations}: a customs broker's software files import declarations
 * for the cases its importers assigned to it ({@link ImportDeclarationRequest}), as drafts or
 * submitted at once, revises drafts quoting their version, submits them and reads the match result.
 * Another brokerage's or tenant's declaration is not found (404); a stale version is refused (409);
 * wrong or missing fields are named one by one (422).
 */
@Path("import-declarations")
@Produces(MediaType.APPLICATION_JSON)
public class ImportDeclarationsResource {

  /** What the API says of a declaration; {@code match} is {@code null} while it is a draft. */
  public record Answer(
      UUID id, UUID caseId, String declarationNumber, String certificateNumber, String status, String outcome, long version,
      String enteredThrough, Instant updatedAt, Instant submittedAt, ImportDeclarationContent content, ImportDeclarations.Match match) {

    static Answer of(ImportDeclarations.Detail d) {
      ImportDeclarations.Summary s = d.summary();
      return new Answer(s.id(), s.caseId(), s.declarationNumber(), s.certificateNumber(), s.status().name(),
          s.outcome() == null ? null : s.outcome().name(), s.version(), s.enteredThrough().name(), s.updatedAt(), s.submittedAt(),
          d.content(), d.match());
    }
  }

  /** The version a submission is made on. */
  public record Submission(Long version) {}

  @EJB private ImportDeclarations declarations;
  @Context private UriInfo uri;

  /** A new draft for {@code caseId}; submitted at once when the body says {@code "submit": true}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ImportDeclarationRequest request) {
    if (request == null) {
      return Problems.answer(Response.Status.BAD_REQUEST, "The request body is empty; send the declaration as JSON");
    }
    if (request.caseId() == null) {
      throw new InvalidInputException(List.of(new FieldProblem("caseId", "importDeclaration.error.required")));
    }
    ImportDeclarations.Detail draft = declarations.create(request.caseId(), request.toContent(), ImportDeclaration.Channel.API);
    URI location = uri.getAbsolutePathBuilder().path(draft.summary().id().toString()).build();
    ImportDeclarations.Detail answer = draft;
    if (Boolean.TRUE.equals(request.submit())) {
      try {
        answer = declarations.submit(draft.summary().id(), draft.summary().version());
      } catch (InvalidInputException e) {
        return Response.fromResponse(Problems.answer(Problems.INVALID,
                "The draft was saved at the Location given, but it cannot be submitted as it is", Problems.of(e.problems())))
            .location(location)
            .build();
      }
    }
    return Response.created(location).entity(Answer.of(answer)).build();
  }

  /** The brokerage's declarations, newest first. */
  @GET
  public List<ImportDeclarations.Summary> list() {
    return declarations.mine();
  }

  @GET
  @Path("{id}")
  public Answer get(@PathParam("id") String id) {
    return Answer.of(declarations.detail(uuid(id)));
  }

  /** The draft as the body states it, quoting the {@code version} it was read at. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Answer revise(@PathParam("id") String id, ImportDeclarationRequest request) {
    UUID declaration = uuid(id);
    if (request == null) {
      throw new InvalidInputException(List.of(new FieldProblem("version", "importDeclaration.error.required")));
    }
    return Answer.of(declarations.revise(declaration, version(request.version()), request.toContent()));
  }

  /** Checks every field and matches the declaration against its certificate; the answer holds the result. */
  @POST
  @Path("{id}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  public Answer submit(@PathParam("id") String id, Submission submission) {
    UUID declaration = uuid(id);
    return Answer.of(declarations.submit(declaration, version(submission == null ? null : submission.version())));
  }

  private static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException(List.of(new FieldProblem("version", "importDeclaration.error.required")));
    }
    return version;
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Import declaration " + id);
    }
  }
}
