package org.ecoportal.interfaces.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;

/** Turns the services' refusals into precise JSON answers. */
final class ProblemMappers {

  private ProblemMappers() {}

  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return Problems.answer(Problems.INVALID, "The request has invalid or missing fields; nothing was stored", Problems.of(e.problems()));
    }
  }

  @Provider
  public static class Workflow implements ExceptionMapper<WorkflowException> {
    @Override
    public Response toResponse(WorkflowException e) {
      return Problems.answer(Response.Status.CONFLICT, Problems.text(e.messageKey(), e.argument()));
    }
  }

  @Provider
  public static class NotFound implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return Problems.answer(Response.Status.NOT_FOUND, "Not found");
    }
  }

  @Provider
  public static class Denied implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return Problems.answer(Response.Status.FORBIDDEN, "Your account may not do this; it needs the role and organisation for it");
    }
  }

  /** Unreadable bodies (malformed JSON, wrong types) and the container's own HTTP refusals. */
  @Provider
  public static class Unreadable implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String title =
          e instanceof NotSupportedException ? "Send application/json or application/xml"
              : e instanceof NotAllowedException ? "Method not allowed here"
              : status == Response.Status.BAD_REQUEST.getStatusCode() ? "The request body could not be read: " + rootMessage(e)
              : e.getResponse().getStatusInfo().getReasonPhrase();
      return Problems.answer(status, title, List.of());
    }
  }

  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return Problems.answer(Response.Status.BAD_REQUEST, "The request body could not be read: " + rootMessage(e));
    }
  }

  /** Anything unexpected: logged with its cause, answered without internals. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
      LOG.log(Level.SEVERE, "API request failed", e);
      return Problems.answer(Response.Status.INTERNAL_SERVER_ERROR, "The portal could not complete the request; it was logged. Try again later");
    }
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message.length() > 300 ? message.substring(0, 300) : message;
  }
}
