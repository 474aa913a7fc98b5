package org.ecoportal.interfaces.web.customs.verification;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.OriginVerifications;
import org.ecoportal.application.OriginVerifications.Subject;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.Messages;

/**
 * Backs the include {@code origin-verification.xhtml} (parameter {@code declarationId}) and the page
 * {@code /customs-officer/verification.xhtml?declaration=}: the declaration's verification requests
 * with their answers, and the form asking for one, sent at the declaration's version as first shown
 * (someone's change meanwhile is said so).
 */
@Named("originVerification")
@ViewScoped
public class OriginVerificationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OriginVerifications verifications;

  /** The page's view parameter. */
  private String declaration;
  private UUID shown;
  /** The declaration's version when the form was first shown: the request quotes it. */
  private Long seenVersion;
  private String question;
  private transient Subject subject;

  /** For the page: a declaration the caller may not see answers "not found". */
  public void load() throws IOException {
    try {
      subject(UUID.fromString(declaration == null ? "" : declaration));
    } catch (NotFoundException | IllegalArgumentException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** The declaration {@code declarationId} (a UUID or its text) with its requests; {@code null} if the caller may not see it. */
  public Subject subject(Object declarationId) {
    UUID id = declarationId instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(declarationId));
    if (subject == null || !id.equals(shown)) {
      try {
        subject = verifications.subject(id);
      } catch (NotFoundException e) {
        return null;
      }
      if (!id.equals(shown) || seenVersion == null) {
        seenVersion = subject.version();
      }
      shown = id;
    }
    return subject;
  }

  /** Sends the request for the declaration shown. */
  public void request(Object declarationId) {
    Subject current = subject(declarationId);
    if (current == null) {
      return;
    }
    try {
      verifications.request(current.declarationId(), seenVersion, question);
      Messages.info("verification.requested", current.certificateNumber());
      question = null;
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument());
    }
    // shown anew, with the version the next request quotes
    subject = null;
    shown = null;
    seenVersion = null;
  }

  public String getDeclaration() {
    return declaration;
  }

  public void setDeclaration(String declaration) {
    this.declaration = declaration;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }
}
