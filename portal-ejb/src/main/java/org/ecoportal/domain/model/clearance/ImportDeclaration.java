package org.ecoportal.domain.model.clearance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * An import declaration a customs broker files for the goods of one import case, quoting the
 * case's certificate. The broker edits it as a draft; submitting it matches it against the
 * certificate and keeps the result; a customs officer then decides on it.
 *
 * <pre>
 * DRAFT ── submit ──▶ SUBMITTED ──▶ CLEARED | PREFERENCE_REFUSED
 *                         │  ▲
 *                         ▼  │ (decide after)
 *            HELD, VERIFICATION_REQUESTED
 * </pre>
 */
@Entity
@Table(name = "import_declaration")
public class ImportDeclaration {

  /** How the declaration reached the portal. */
  public enum Channel {
    SCREEN,
    API
  }

  private static final int MAX_INVOICES = 1000;
  private static final int MAX_REASON = 2000;

  @Id private UUID id;

  @Column(nullable = false, length = 8, updatable = false)
  private String tenant;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "broker_id", nullable = false, updatable = false)
  private UUID brokerId;

  @Column(name = "declaration_number", nullable = false, length = 35)
  private String declarationNumber;

  @Column(name = "certificate_number", nullable = false, length = 100, updatable = false)
  private String certificateNumber;

  @Column(name = "agreement_code", length = 16)
  private String agreementCode;

  @Column(name = "importer_identifier", length = 64)
  private String importerIdentifier;

  @Column(name = "exporter_name", length = 200)
  private String exporterName;

  @Column(name = "exporter_identifier", length = 64)
  private String exporterIdentifier;

  @Column(name = "shipment_date")
  private LocalDate shipmentDate;

  /** One invoice reference a line. */
  @Column(name = "invoice_references", length = MAX_INVOICES)
  private String invoiceReferences;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private ImportDeclarationStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "entered_through", nullable = false, length = 8, updatable = false)
  private Channel enteredThrough;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "declared_on")
  private LocalDate declaredOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "match_outcome", length = 16)
  private MatchResult.Outcome matchOutcome;

  @Column(name = "rules_run", length = 1000)
  private String rulesRun;

  @Column(name = "rules_off", length = 1000)
  private String rulesOff;

  @Column(name = "rules_not_run", length = 1000)
  private String rulesNotRun;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = MAX_REASON)
  private String decisionReason;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "import_declaration_line", joinColumns = @JoinColumn(name = "declaration_id"))
  @OrderColumn(name = "line_index")
  private List<DeclaredImportLine> lines = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "import_declaration_difference", joinColumns = @JoinColumn(name = "declaration_id"))
  @OrderColumn(name = "difference_index")
  private List<RecordedDifference> differences = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "import_declaration_event", joinColumns = @JoinColumn(name = "declaration_id"))
  @OrderColumn(name = "event_index")
  private List<DeclarationEvent> events = new ArrayList<>();

  @Version private long version;

  protected ImportDeclaration() {}

  /**
   * A draft for the goods of {@code importCase}, by a user of its broker.
   *
   * @throws WorkflowException when the case has no broker or {@code brokerId} is not it
   */
  public ImportDeclaration(ImportCase importCase, UUID brokerId, ImportDeclarationContent content, Channel channel, String username, Instant now) {
    if (importCase.brokerId() == null || !importCase.brokerId().equals(brokerId)) {
      throw new WorkflowException("importDeclaration.error.notTheBroker");
    }
    this.id = UUID.randomUUID();
    this.tenant = importCase.tenant().code();
    this.caseId = importCase.id();
    this.brokerId = brokerId;
    this.certificateNumber = importCase.certificateNumber();
    this.status = ImportDeclarationStatus.DRAFT;
    this.enteredThrough = Objects.requireNonNull(channel, "channel");
    this.createdBy = Objects.requireNonNull(username, "username");
    this.createdAt = Objects.requireNonNull(now, "now");
    write(content, now);
    events.add(new DeclarationEvent(now, username, "CREATED", null));
  }

  /** The broker changes the draft. */
  public void revise(ImportDeclarationContent content, Instant now) {
    requireStatus(ImportDeclarationStatus.DRAFT, "importDeclaration.error.notDraft");
    write(content, now);
  }

  /**
   * The broker submits the draft; {@code result} is what matching the content (see
   * {@link #content()}) against the certificate on {@code declaredOn} found.
   */
  public void submit(String username, LocalDate declaredOn, MatchResult result, Instant now) {
    requireStatus(ImportDeclarationStatus.DRAFT, "importDeclaration.error.notDraft");
    this.submittedBy = Objects.requireNonNull(username, "username");
    this.submittedAt = Objects.requireNonNull(now, "now");
    this.declaredOn = Objects.requireNonNull(declaredOn, "declaredOn");
    this.updatedAt = now;
    this.matchOutcome = result.outcome();
    this.rulesRun = codes(result.rulesRun());
    this.rulesOff = codes(result.rulesSwitchedOff());
    this.rulesNotRun = codes(result.rulesNotRun());
    this.differences.clear();
    result.differences().forEach(d -> differences.add(new RecordedDifference(d)));
    for (DeclaredImportLine line : lines) {
      line.pairedWith(result.pairs().stream()
          .filter(p -> p.declarationLine() == line.lineNumber())
          .map(MatchResult.LinePair::certificateLine)
          .findFirst()
          .orElse(null));
    }
    this.status = ImportDeclarationStatus.SUBMITTED;
    events.add(new DeclarationEvent(now, username, "SUBMITTED",
        result.outcome().name()));
  }

  /** Cleared with preference; the issuing economy is told. */
  public void clear(String officer, Instant now) {
    decide(ImportDeclarationStatus.CLEARED, officer, null, now);
  }

  /** The goods are held; {@code reason} is required. */
  public void hold(String officer, String reason, Instant now) {
    decide(ImportDeclarationStatus.HELD, officer, required(reason), now);
  }

  /** The preference is refused; {@code reason} is required, and the issuing economy is told. */
  public void refusePreference(String officer, String reason, Instant now) {
    decide(ImportDeclarationStatus.PREFERENCE_REFUSED, officer, required(reason), now);
  }

  /** The officer asked the issuing chamber to verify the origin; the decision waits for its answer. */
  public void verificationRequested(String officer, String question, Instant now) {
    decide(ImportDeclarationStatus.VERIFICATION_REQUESTED, officer, required(question), now);
  }

  private void decide(ImportDeclarationStatus to, String officer, String reason, Instant now) {
    if (!status.open()) {
      throw new WorkflowException("importDeclaration.error.notOpen");
    }
    this.status = to;
    this.decidedBy = Objects.requireNonNull(officer, "officer");
    this.decidedAt = Objects.requireNonNull(now, "now");
    this.decisionReason = reason;
    this.updatedAt = now;
    events.add(new DeclarationEvent(now, officer, to.name(), reason));
  }

  private static String required(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new WorkflowException("importDeclaration.error.reasonRequired");
    }
    String text = reason.strip();
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
  }

  private void write(ImportDeclarationContent content, Instant now) {
    this.declarationNumber = Objects.requireNonNull(content.declarationNumber(), "declarationNumber");
    this.agreementCode = content.agreementCode();
    this.importerIdentifier = content.importerIdentifier();
    this.exporterName = content.exporterName();
    this.exporterIdentifier = content.exporterIdentifier();
    this.shipmentDate = content.shipmentDate();
    this.invoiceReferences = content.invoiceReferences().isEmpty() ? null : String.join("\n", content.invoiceReferences());
    this.lines.clear();
    content.lines().forEach(line -> lines.add(new DeclaredImportLine(line)));
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  private void requireStatus(ImportDeclarationStatus expected, String problem) {
    if (status != expected) {
      throw new WorkflowException(problem);
    }
  }

  private static String codes(Collection<MatchRule> rules) {
    return rules.isEmpty() ? null : rules.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static List<MatchRule> rules(String codes) {
    return codes == null ? List.of() : Arrays.stream(codes.split(",")).map(MatchRule::valueOf).toList();
  }

  /** What the broker wrote. */
  public ImportDeclarationContent content() {
    return new ImportDeclarationContent(
        declarationNumber, agreementCode, importerIdentifier, exporterName, exporterIdentifier, shipmentDate,
        invoiceReferences == null ? List.of() : List.of(invoiceReferences.split("\n")),
        lines.stream().map(DeclaredImportLine::toLine).toList());
  }

  /** What matching found at submission; empty while a draft. */
  public Optional<MatchResult> matchResult() {
    if (matchOutcome == null) {
      return Optional.empty();
    }
    return Optional.of(new MatchResult(
        matchOutcome, differences.stream().map(RecordedDifference::toDifference).toList(), rules(rulesRun), rules(rulesOff),
        rules(rulesNotRun),
        lines.stream()
            .filter(l -> l.certificateLine() != null)
            .map(l -> new MatchResult.LinePair(l.lineNumber(), l.certificateLine()))
            .toList()));
  }

  /** Every step so far, oldest first. */
  public List<DeclarationEvent> events() {
    return List.copyOf(events);
  }

  /** The declared lines as stored, with the certificate line each was paired with. */
  public List<DeclaredImportLine> lines() {
    return List.copyOf(lines);
  }

  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public UUID caseId() {
    return caseId;
  }

  public UUID brokerId() {
    return brokerId;
  }

  public String declarationNumber() {
    return declarationNumber;
  }

  public String certificateNumber() {
    return certificateNumber;
  }

  public String agreementCode() {
    return agreementCode;
  }

  public ImportDeclarationStatus status() {
    return status;
  }

  public Channel enteredThrough() {
    return enteredThrough;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public LocalDate declaredOn() {
    return declaredOn;
  }

  public MatchResult.Outcome matchOutcome() {
    return matchOutcome;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  /** Why it was held or the preference refused, or the question asked of the issuing chamber. */
  public String decisionReason() {
    return decisionReason;
  }

  public long version() {
    return version;
  }
}
