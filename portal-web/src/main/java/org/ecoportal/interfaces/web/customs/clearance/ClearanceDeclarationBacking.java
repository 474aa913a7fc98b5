package org.ecoportal.interfaces.web.customs.clearance;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import java.util.function.Supplier;
import org.ecoportal.application.CustomsClearance;
import org.ecoportal.application.CustomsClearance.Detail;
import org.ecoportal.application.CustomsClearance.Row;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.interfaces.web.support.Messages;

/**
 * Backs {@code /customs-officer/clearance-declaration.xhtml?id=}: one submitted import declaration
 * beside the certificate it quotes, the differences highlighted, and the officer's decision. The
 * decision quotes the version shown; the detail is read again after each decision and not kept in
 * the session.
 */
@Named("clearanceDeclaration")
@ViewScoped
public class ClearanceDeclarationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CustomsClearance clearance;

  private String id;
  private UUID found;
  private long version;
  private String reason;
  private transient Detail detail;

  public void load() throws IOException {
    if (found != null) {
      return;
    }
    try {
      UUID wanted = UUID.fromString(id == null ? "" : id);
      detail = clearance.detail(wanted);
      found = wanted;
      version = detail.row().version();
    } catch (NotFoundException | IllegalArgumentException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Detail getDetail() {
    if (detail == null && found != null) {
      detail = clearance.detail(found);
    }
    return detail;
  }

  public void clear() {
    decide(() -> clearance.clear(found, version), "clearance.cleared");
  }

  public void hold() {
    decide(() -> clearance.hold(found, version, reason), "clearance.held");
  }

  public void refusePreference() {
    decide(() -> clearance.refusePreference(found, version, reason), "clearance.refused");
  }

  private void decide(Supplier<Row> step, String doneKey) {
    try {
      Row row = step.get();
      reason = null;
      Messages.info(doneKey, row.declarationNumber());
      reread();
    } catch (InvalidInputException e) {
      Messages.problems("decide", e.problems());
    } catch (WorkflowException e) {
      Messages.error(e.messageKey(), e.argument() == null ? "" : e.argument());
      reread();
    }
  }

  /**
   * Shows the declaration as it is now, and takes the next decision on that version: for parts
   * included in the page that change the declaration (the origin verification request).
   */
  public void reload() {
    reread();
  }

  private void reread() {
    detail = clearance.detail(found);
    version = detail.row().version();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
