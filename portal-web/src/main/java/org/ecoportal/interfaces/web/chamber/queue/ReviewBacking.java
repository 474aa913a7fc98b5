package org.ecoportal.interfaces.web.chamber.queue;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.DeclarationComparison;
import org.ecoportal.application.ExchangeStateView;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.ApplicationStatus;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.Messages;

/** Backs {@code /chamber-officer/review.xhtml}: one application, claimed and decided by an officer. */
@Named("review")
@ViewScoped
public class ReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ChamberDesk desk;

  private String id;
  private ApplicationView application;
  private DeclarationComparison declaration;
  private String reason;
  private List<ExchangeStateView> exchange;

  public void load() throws IOException {
    if (application != null) {
      return;
    }
    try {
      application = desk.open(UUID.fromString(id == null ? "" : id));
      declaration = desk.declarationFor(application.id()).orElse(null);
    } catch (NotFoundException | IllegalArgumentException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such application");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public void claim() {
    act(() -> desk.claim(application.id(), application.version()), "review.claimed");
  }

  public void approve() {
    act(() -> desk.approve(application.id(), application.version()), "review.approved");
  }

  public void reject() {
    act(() -> desk.reject(application.id(), application.version(), reason), "review.rejected");
  }

  public void returnForAmendment() {
    act(() -> desk.returnForAmendment(application.id(), application.version(), reason), "review.returned");
  }

  public void revoke() {
    act(() -> desk.revoke(application.id(), reason), "review.revoked");
  }

  /** Some certificate message of the application failed for good and can be sent again. */
  public boolean isResendable() {
    return getExchange().stream().anyMatch(s -> s.status() == org.ecoportal.domain.model.exchange.ExchangeStatus.FAILED);
  }

  public void resend() {
    int resent = desk.resendExchange(application.id());
    exchange = null;
    application = desk.open(application.id());
    Messages.info("review.resent", Integer.toString(resent));
  }

  public void replace() {
    act(() -> desk.replace(application.id(), reason), "review.replaced");
  }

  /** The application's certificate is in force and can be revoked or replaced. */
  public boolean isCertificateInForce() {
    return "VALID".equals(application.certificateStatus());
  }

  private void act(Supplier<ApplicationView> step, String doneKey) {
    try {
      application = step.get();
      reason = null;
      exchange = null;
      Messages.info(doneKey, application.reference(), application.certificateNumber() == null ? "" : application.certificateNumber());
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument() == null ? "" : e.argument());
      application = desk.open(application.id());
    }
  }

  public boolean isClaimable() {
    return application.status() == ApplicationStatus.SUBMITTED;
  }

  public boolean isDecidable() {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return application.status() == ApplicationStatus.UNDER_REVIEW && me != null && me.equals(application.claimedBy());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ApplicationView getApplication() {
    return application;
  }

  /** The export declaration the application quotes, with the differences; null when customs recorded none for this exporter. */
  public DeclarationComparison getDeclaration() {
    return declaration;
  }

  /** How the application's certificates are getting to the importing economy; empty before any is sent. */
  public List<ExchangeStateView> getExchange() {
    if (exchange == null) {
      exchange = application.certificateNumber() == null ? List.of() : desk.exchange(application.id());
    }
    return exchange;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
