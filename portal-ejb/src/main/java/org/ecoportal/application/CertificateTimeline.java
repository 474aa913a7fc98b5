package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One certificate's life across both economies, as far as the caller may see it: the exporting
 * side (exporter, chamber officer) sees its own steps and what the importing economy told it; the
 * importing side (importer, broker, customs) sees the issue as the certificate states it and its
 * own steps. People are named within the caller's own economy; the other economy's steps name the
 * organisation or authority.
 */
public interface CertificateTimeline {

  /** The steps a certificate goes through; each is a message key {@code timeline.<stage>}. */
  enum Stage {
    APPLIED,
    RETURNED,
    APPROVED,
    REJECTED,
    ISSUED,
    SENT,
    DELIVERED,
    RECEIVED,
    ACCEPTED,
    BROKER_ASSIGNED,
    DECLARED,
    MATCHED,
    DIFFERENCES,
    HELD,
    VERIFICATION_REQUESTED,
    VERIFICATION_ANSWERED,
    CLEARED,
    PREFERENCE_REFUSED,
    REPLACED,
    REVOKED
  }

  /**
   * One step.
   *
   * @param dateOnly the step is known by its day only (e.g. the issue date the certificate states)
   * @param economy the ISO country code of the economy the step happened in
   * @param who the user, or the organisation when the step is the other economy's
   * @param detail a number, a reason or an outcome, or {@code null}
   */
  record Step(Instant at, boolean dateOnly, Stage stage, String economy, String who, String detail) implements Serializable {}

  /** The timeline of the certificate(s) issued on an application: its exporter and its chamber's officers. */
  List<Step> ofApplication(UUID applicationId);

  /** The timeline of a received certificate's import case: its importer, its broker, the tenant's customs. */
  List<Step> ofImportCase(UUID caseId);

  /** The timeline of the certificate an import declaration quotes, for those who may see its case. */
  List<Step> ofDeclaration(UUID declarationId);

  /** The same for customs, reached from a received certificate. */
  List<Step> ofReceived(UUID receivedId);
}
