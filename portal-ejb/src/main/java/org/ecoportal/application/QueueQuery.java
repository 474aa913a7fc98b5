package org.ecoportal.application;

import java.io.Serializable;
import java.util.Set;
import org.ecoportal.domain.model.application.ApplicationStatus;

/**
 * A page of the chamber's queue: {@code sort} is one of {@code submittedAt}, {@code reference},
 * {@code exporter}, {@code status}; {@code text} matches reference, exporter or consignee.
 */
public record QueueQuery(
    int offset, int limit, String sort, boolean ascending, Set<ApplicationStatus> statuses, String text)
    implements Serializable {

  public QueueQuery {
    offset = Math.max(0, offset);
    limit = Math.max(1, Math.min(limit, 200));
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }
}
