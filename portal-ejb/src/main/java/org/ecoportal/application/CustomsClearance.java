package org.ecoportal.application;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.clearance.Difference;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.domain.model.clearance.MatchResult.Outcome;
import org.ecoportal.domain.model.clearance.MatchRule;
import org.ecoportal.domain.model.importing.ImportCase;

/**
 * The customs officer's clearance work: the submitted import declarations of the officer's tenant
 * with what matching them against their certificates found, each shown beside the certificate it
 * quotes, and the officer's decision on it. Drafts and other tenants' declarations are never seen.
 */
public interface CustomsClearance {

  /** The statuses the queue shows when no status is chosen: those still waiting for a decision. */
  Set<ImportDeclarationStatus> OPEN =
      Set.of(ImportDeclarationStatus.SUBMITTED, ImportDeclarationStatus.HELD, ImportDeclarationStatus.VERIFICATION_REQUESTED);

  /**
   * Which declarations to list; each criterion may be {@code null} (no status: the open ones).
   * {@code text} matches any part of the declaration or certificate number, the importer, broker
   * or exporter, ignoring case; {@code partnerCountry} is the exporting economy's country code; days
   * are inclusive, in the tenant's zone.
   */
  record Filter(
      Set<ImportDeclarationStatus> statuses,
      Outcome outcome,
      String text,
      String partnerCountry,
      LocalDate submittedFrom,
      LocalDate submittedTo)
      implements Serializable {

    public Filter {
      statuses = statuses == null || statuses.isEmpty() ? OPEN : Set.copyOf(statuses);
    }

    public static Filter open() {
      return new Filter(null, null, null, null, null, null);
    }
  }

  /**
   * A page of the queue: {@code sort} is one of {@code submittedAt} (the default, oldest first),
   * {@code declarationNumber}, {@code certificateNumber}, {@code partner}, {@code importer},
   * {@code broker}, {@code outcome}, {@code status}.
   */
  record Query(Filter filter, int offset, int limit, String sort, boolean ascending) implements Serializable {

    public Query {
      filter = filter == null ? Filter.open() : filter;
      offset = Math.max(0, offset);
      limit = Math.max(1, Math.min(limit, 200));
    }

    public static Query firstPage(Filter filter) {
      return new Query(filter, 0, 25, null, true);
    }
  }

  /**
   * One submitted declaration as the queue shows it; {@code differences} counts what matching
   * found (0 when matched: clearance with ease), {@code version} is what a decision must quote.
   */
  record Row(
      UUID id,
      String declarationNumber,
      String certificateNumber,
      String exportingCountry,
      String partnerName,
      String exporter,
      String importer,
      String broker,
      Instant submittedAt,
      Outcome outcome,
      int differences,
      ImportDeclarationStatus status,
      long version)
      implements Serializable {

    /** How long it has waited since submission, as of {@code now}. */
    public Duration ageAt(Instant now) {
      return Duration.between(submittedAt, now);
    }

    /** Matched: the goods may be cleared with ease. */
    public boolean clearableWithEase() {
      return outcome == Outcome.MATCHED;
    }
  }

  record Page(List<Row> rows, long total) implements Serializable {}

  /** A part of the declaration as a whole that matching may find a difference in. */
  enum HeaderField {
    CERTIFICATE,
    IMPORTER,
    EXPORTER,
    INVOICES,
    DATES,
    SIGNATURE,
    STATE;

    /**
     * The part a difference of {@code rule} concerns ({@code null} for the rules of goods lines);
     * invoices are compared for the declaration and for each line, and shown with the declaration.
     */
    public static HeaderField of(MatchRule rule) {
      return switch (rule) {
        case CERTIFICATE_EXISTS -> CERTIFICATE;
        case SIGNATURE_VALID -> SIGNATURE;
        case NOT_REVOKED, NOT_REPLACED -> STATE;
        case IMPORTER_MATCHES -> IMPORTER;
        case EXPORTER_MATCHES -> EXPORTER;
        case INVOICE_MATCHES -> INVOICES;
        case ISSUED_BEFORE_SHIPMENT, WITHIN_VALIDITY -> DATES;
        default -> null;
      };
    }
  }

  /** A field of a declared line (or the whole line) that matching may find a difference in. */
  enum LineField {
    LINE,
    HS_CODE,
    QUANTITY,
    UNIT,
    WEIGHT;

    /** The fields a difference of {@code rule} concerns (none for the rules of the declaration as a whole). */
    public static Set<LineField> of(MatchRule rule) {
      return switch (rule) {
        case LINE_HS6 -> Set.of(HS_CODE);
        case LINE_QUANTITY, QUANTITY_NOT_EXHAUSTED -> Set.of(QUANTITY, UNIT);
        case LINE_WEIGHT -> Set.of(WEIGHT);
        case LINE_PAIRED -> Set.of(LINE);
        default -> Set.of();
      };
    }
  }

  /**
   * A declared line beside the certificate line it was paired with ({@code certificate} is
   * {@code null} when none); a certificate line no declared line was paired with comes with
   * {@code declared} {@code null}. {@code flagged} names the fields the line's differences concern.
   */
  record LineComparison(
      ImportDeclarationContent.Line declared, CertificateContent.Item certificate, Set<LineField> flagged, List<Difference> differences) {

    public boolean flags(String field) {
      return flagged.contains(LineField.valueOf(field));
    }
  }

  /** Who decided what, when and why; all {@code null} while nobody did. */
  record Decision(ImportDeclarationStatus status, String decidedBy, Instant decidedAt, String reason) {}

  /**
   * One declaration beside the certificate it quotes, as received: every difference with its
   * reason, the header parts and line fields they concern, and which rules ran, were switched off
   * or could not run.
   */
  record Detail(
      Row row,
      String agreementCode,
      LocalDate declaredOn,
      String submittedBy,
      ImportDeclarationContent declaration,
      CertificateContent certificate,
      ReceivedCertificates.Signature signature,
      ImportCase.CertificateState certificateState,
      String replacedBy,
      Set<HeaderField> flagged,
      List<Difference> headerDifferences,
      List<LineComparison> lines,
      List<Difference> differences,
      List<MatchRule> rulesRun,
      List<MatchRule> rulesSwitchedOff,
      List<MatchRule> rulesNotRun,
      Decision decision) {

    public boolean flags(String field) {
      return flagged.contains(HeaderField.valueOf(field));
    }

    /** Whether the officer may still decide on it. */
    public boolean open() {
      return row.status().open();
    }
  }

  /** Submitted and decided declarations on one day of the tenant. */
  record Day(LocalDate day, long submitted, long decided) implements Serializable {}

  /**
   * The tenant's clearance figures now: declarations waiting for a decision (all of them, those
   * matched, those with differences, held, waiting for the issuing chamber's verification), when
   * the oldest waiting one was submitted, the matched share of those submitted in the last 30
   * days, the time from submission to decision (clearing or refusing the preference) of those
   * decided in the last 30 days, and the last 14 days one by one, oldest first.
   */
  record Dashboard(
      long open,
      long openMatched,
      long openWithDifferences,
      long held,
      long waitingForVerification,
      Instant oldestOpenSubmittedAt,
      long submittedLast30Days,
      long matchedLast30Days,
      long decidedLast30Days,
      Duration clearanceMedian,
      Duration clearanceAverage,
      List<Day> days)
      implements Serializable {

    /** The matched share (0 to 1) of the last 30 days' declarations; {@code null} when there were none. */
    public Double matchedRatio() {
      return submittedLast30Days == 0 ? null : (double) matchedLast30Days / submittedLast30Days;
    }
  }

  Page queue(Query query);

  Detail detail(UUID id);

  /** Clears the goods with the preference; the issuing economy is told. */
  Row clear(UUID id, long version);

  /** Holds the goods; {@code reason} is required. */
  Row hold(UUID id, long version, String reason);

  /** Refuses the preference; {@code reason} is required, and the issuing economy is told. */
  Row refusePreference(UUID id, long version, String reason);

  Dashboard dashboard();
}
