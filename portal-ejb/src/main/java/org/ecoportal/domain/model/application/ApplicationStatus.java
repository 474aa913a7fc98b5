package org.ecoportal.domain.model.application;

/** Where an application for a certificate of origin stands. */
public enum ApplicationStatus {
  /** Being prepared by the exporter; only the exporter sees it. */
  DRAFT,
  /** In the chosen chamber's queue, not yet taken by an officer. */
  SUBMITTED,
  /** Claimed by a chamber officer who is examining it. */
  UNDER_REVIEW,
  /** Sent back to the exporter to amend and submit again. */
  RETURNED,
  /** Approved; a certificate was issued. Final. */
  APPROVED,
  /** Refused with a reason. Final. */
  REJECTED;

  public boolean editableByExporter() {
    return this == DRAFT || this == RETURNED;
  }
}
