package org.ecoportal.interfaces.web.chamber.verifications;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.VerificationDesk;
import org.ecoportal.application.VerificationDesk.Request;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.verification.VerificationResult;
import org.ecoportal.interfaces.web.support.Messages;

/**
 * Backs {@code /chamber-officer/verifications.xhtml}: the chamber's verification requests, open ones
 * first with their age; with {@code ?id=} one request and the form that answers it at the version
 * shown (a change meanwhile is said so). Another chamber's request answers "not found".
 */
@Named("verifications")
@ViewScoped
public class VerificationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private VerificationDesk desk;

  private String id;
  private Request selected;
  private VerificationResult result;
  private String text;
  private transient List<Request> requests;

  public void load() throws IOException {
    if (id == null || id.isBlank()) {
      return;
    }
    try {
      selected = desk.request(UUID.fromString(id));
    } catch (NotFoundException | IllegalArgumentException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** Answers the request shown, at the version it was shown at. */
  public void answer() {
    try {
      selected = desk.answer(selected.id(), selected.version(), result, text);
      Messages.info("verification.answered", selected.certificateNumber());
      requests = null;
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
      if ("verification.error.changedMeanwhile".equals(e.messageKey()) || "verification.error.answeredAlready".equals(e.messageKey())) {
        selected = desk.request(selected.id());
      }
    }
  }

  public List<Request> getRequests() {
    if (requests == null) {
      requests = desk.requests();
    }
    return requests;
  }

  /** How long the request has waited (or waited until answered), in whole days, else hours. */
  public String age(Request request) {
    Duration waited = Duration.between(request.receivedAt(), request.answeredAt() == null ? Instant.now() : request.answeredAt());
    return waited.toDays() >= 1
        ? Messages.text("verification.age.days", waited.toDays())
        : Messages.text("verification.age.hours", Math.max(0, waited.toHours()));
  }

  public VerificationResult[] getResults() {
    return VerificationResult.values();
  }

  public Request getSelected() {
    return selected;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public VerificationResult getResult() {
    return result;
  }

  public void setResult(VerificationResult result) {
    this.result = result;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
