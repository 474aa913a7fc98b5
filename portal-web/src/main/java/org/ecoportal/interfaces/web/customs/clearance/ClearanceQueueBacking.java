package org.ecoportal.interfaces.web.customs.clearance;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecoportal.application.CustomsClearance;
import org.ecoportal.application.CustomsClearance.Filter;
import org.ecoportal.application.CustomsClearance.Page;
import org.ecoportal.application.CustomsClearance.Query;
import org.ecoportal.application.CustomsClearance.Row;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.domain.model.clearance.MatchResult.Outcome;
import org.ecoportal.interfaces.web.support.Durations;
import org.ecoportal.interfaces.web.support.Messages;
import org.ecoportal.interfaces.web.support.PagedModel;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs {@code /customs-officer/clearance.xhtml}: the tenant's submitted import declarations a
 * page at a time, oldest first, the open ones unless another status is chosen.
 */
@Named("clearance")
@ViewScoped
public class ClearanceQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int FIRST_PAGE = 25;

  @EJB private CustomsClearance clearance;

  private ImportDeclarationStatus status;
  private Outcome outcome;
  private String text;
  private String partner;
  private LocalDate submittedFrom;
  private LocalDate submittedTo;
  private final LazyDataModel<Row> model =
      new PagedModel<>(FIRST_PAGE, this::query, query -> {
        Page page = clearance.queue(query);
        return new PagedModel.Fetched<>(page.rows(), page.total());
      }, row -> row.id().toString());

  private Query query(int first, int pageSize, Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    Filter filter = new Filter(status == null ? null : Set.of(status), outcome, text, partner, submittedFrom, submittedTo);
    return sort == null
        ? new Query(filter, first, pageSize, null, true)
        : new Query(filter, first, pageSize, sort.getField(), sort.getOrder() != SortOrder.DESCENDING);
  }

  /** How long the declaration has waited since it was submitted. */
  public String age(Row row) {
    return Durations.of(row.ageAt(Instant.now()));
  }

  /** Matched: "clearance with ease"; else how many differences matching found. */
  public String outcome(Row row) {
    return row.clearableWithEase()
        ? Messages.text("clearance.outcome.MATCHED")
        : Messages.text("clearance.differenceCount", row.differences());
  }

  public LazyDataModel<Row> getModel() {
    return model;
  }

  public List<ImportDeclarationStatus> getStatuses() {
    return List.of(ImportDeclarationStatus.SUBMITTED, ImportDeclarationStatus.HELD, ImportDeclarationStatus.VERIFICATION_REQUESTED,
        ImportDeclarationStatus.CLEARED, ImportDeclarationStatus.PREFERENCE_REFUSED);
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public ImportDeclarationStatus getStatus() { return status; }
  public void setStatus(ImportDeclarationStatus v) { status = v; }
  public Outcome getOutcome() { return outcome; }
  public void setOutcome(Outcome v) { outcome = v; }
  public String getText() { return text; }
  public void setText(String v) { text = v; }
  public String getPartner() { return partner; }
  public void setPartner(String v) { partner = v; }
  public LocalDate getSubmittedFrom() { return submittedFrom; }
  public void setSubmittedFrom(LocalDate v) { submittedFrom = v; }
  public LocalDate getSubmittedTo() { return submittedTo; }
  public void setSubmittedTo(LocalDate v) { submittedTo = v; }
}
