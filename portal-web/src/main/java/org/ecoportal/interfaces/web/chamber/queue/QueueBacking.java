package org.ecoportal.interfaces.web.chamber.queue;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ecoportal.application.ApplicationSummary;
import org.ecoportal.application.ChamberDesk;
import org.ecoportal.application.QueuePage;
import org.ecoportal.application.QueueQuery;
import org.ecoportal.domain.model.application.ApplicationStatus;
import org.ecoportal.interfaces.web.support.PagedModel;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs {@code /chamber-officer/queue.xhtml}: the chamber's applications, a page at a time from the
 * database, with each application's age against the one-working-day target.
 */
@Named("queue")
@ViewScoped
public class QueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  /** The service target: a decision within one working day of submission. */
  static final Duration TARGET = Duration.ofHours(24);
  static final int FIRST_PAGE = 25;

  @EJB private ChamberDesk desk;

  private String text;
  private ApplicationStatus status;
  private final LazyDataModel<ApplicationSummary> model =
      new PagedModel<>(FIRST_PAGE, this::query, query -> {
        QueuePage page = desk.queue(query);
        return new PagedModel.Fetched<>(page.rows(), page.total());
      }, row -> row.id().toString());

  private QueueQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    String field = sort == null ? "submittedAt" : sort.getField();
    boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
    Set<ApplicationStatus> statuses = status == null ? EnumSet.noneOf(ApplicationStatus.class) : EnumSet.of(status);
    return new QueueQuery(first, pageSize, field, ascending, statuses, text);
  }

  /** Working hours since submission, not counting Saturdays and Sundays. */
  public static Duration workingAge(Instant submittedAt, Instant now) {
    if (submittedAt == null || now.isBefore(submittedAt)) {
      return Duration.ZERO;
    }
    Duration age = Duration.ZERO;
    ZonedDateTime cursor = submittedAt.atZone(ZoneOffset.UTC);
    ZonedDateTime end = now.atZone(ZoneOffset.UTC);
    while (cursor.isBefore(end)) {
      ZonedDateTime next = cursor.toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC);
      if (next.isAfter(end)) {
        next = end;
      }
      DayOfWeek day = cursor.getDayOfWeek();
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        age = age.plus(Duration.between(cursor, next));
      }
      cursor = next;
    }
    return age;
  }

  public String age(ApplicationSummary row) {
    Duration age = workingAge(row.submittedAt(), Instant.now());
    return age.toHours() + " h";
  }

  public boolean overdue(ApplicationSummary row) {
    return row.status() == ApplicationStatus.SUBMITTED || row.status() == ApplicationStatus.UNDER_REVIEW
        ? workingAge(row.submittedAt(), Instant.now()).compareTo(TARGET) > 0
        : false;
  }

  public ApplicationStatus[] getStatuses() {
    return EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT)).toArray(ApplicationStatus[]::new);
  }

  public LazyDataModel<ApplicationSummary> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public void setStatus(ApplicationStatus status) {
    this.status = status;
  }
}
