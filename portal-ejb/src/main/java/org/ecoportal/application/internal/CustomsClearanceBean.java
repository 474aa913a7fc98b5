package org.ecoportal.application.internal;

import static org.ecoportal.application.internal.DailyFigures.count;
import static org.ecoportal.application.internal.DailyFigures.instant;
import static org.ecoportal.application.internal.DailyFigures.seconds;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.ecoportal.application.CustomsClearance;
import org.ecoportal.application.Dashboards;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.clearance.DeclarationDecided;
import org.ecoportal.domain.model.clearance.Difference;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.domain.model.clearance.MatchResult;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * The submitted import declarations of the customs officer's tenant. A draft, or a declaration of
 * another tenant, is "not found", whatever its id. Clearing and refusing the preference fire
 * {@link DeclarationDecided} inside the deciding transaction.
 */
@Stateless
@RolesAllowed(Role.Names.CUSTOMS_OFFICER)
public class CustomsClearanceBean implements CustomsClearance {

  private static final Logger LOG = Logger.getLogger(CustomsClearanceBean.class.getName());

  private static final String SELECT =
      "select d.id, d.declarationNumber, d.certificateNumber, p.country, p.name, d.exporterName, i.name, b.name, d.submittedAt,"
          + " d.matchOutcome, size(d.differences), d.status, d.version";
  private static final String FROM =
      " from ImportDeclaration d join ImportCase c on c.id = d.caseId join Partner p on p.id = c.partnerId"
          + " join Organisation b on b.id = d.brokerId left join Organisation i on i.id = c.importerId"
          + " where d.tenant = :tenant and d.status <> :draft";
  private static final Map<String, String> SORTS =
      Map.of(
          "submittedAt", "d.submittedAt",
          "declarationNumber", "d.declarationNumber",
          "certificateNumber", "d.certificateNumber",
          "partner", "p.country",
          "importer", "i.name",
          "broker", "b.name",
          "outcome", "d.matchOutcome",
          "status", "d.status");
  private static final String OPEN_SQL = "status in ('SUBMITTED', 'HELD', 'VERIFICATION_REQUESTED')";
  private static final String DECIDED_SQL = "status in ('CLEARED', 'PREFERENCE_REFUSED')";

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Workplaces workplaces;
  @Inject private ReceivedReading reading;
  @Inject private Event<DeclarationDecided> decided;

  @Override
  public Page queue(Query query) {
    Tenant tenant = tenant();
    Filter f = query.filter();
    StringBuilder where = new StringBuilder(FROM);
    Map<String, Object> parameters = new HashMap<>();
    where.append(" and d.status in :statuses");
    // a draft asked for still finds nothing: drafts are excluded whatever the filter says
    parameters.put("statuses", f.statuses());
    if (f.outcome() != null) {
      where.append(" and d.matchOutcome = :outcome");
      parameters.put("outcome", f.outcome());
    }
    if (present(f.text())) {
      where.append(" and (lower(d.declarationNumber) like :text escape '\\' or lower(d.certificateNumber) like :text escape '\\'"
          + " or lower(i.name) like :text escape '\\' or lower(b.name) like :text escape '\\'"
          + " or lower(d.exporterName) like :text escape '\\')");
      parameters.put("text", contains(f.text()));
    }
    if (present(f.partnerCountry())) {
      where.append(" and p.country = :country");
      parameters.put("country", f.partnerCountry().trim().toUpperCase(Locale.ROOT));
    }
    ZoneId zone = tenant.zone();
    if (f.submittedFrom() != null) {
      where.append(" and d.submittedAt >= :from");
      parameters.put("from", f.submittedFrom().atStartOfDay(zone).toInstant());
    }
    if (f.submittedTo() != null) {
      where.append(" and d.submittedAt < :until");
      parameters.put("until", f.submittedTo().plusDays(1).atStartOfDay(zone).toInstant());
    }
    String order = SORTS.getOrDefault(query.sort() == null ? "" : query.sort(), "d.submittedAt");
    boolean ascending = query.sort() == null || !SORTS.containsKey(query.sort()) || query.ascending();
    List<Row> rows = rows(tenant, where + " order by " + order + (ascending ? " asc" : " desc") + ", d.id",
        q -> {
          parameters.forEach(q::setParameter);
          q.setFirstResult(query.offset()).setMaxResults(query.limit());
        });
    TypedQuery<Long> count = em.createQuery("select count(d)" + where, Long.class)
        .setParameter("tenant", tenant.code())
        .setParameter("draft", ImportDeclarationStatus.DRAFT);
    parameters.forEach(count::setParameter);
    return new Page(rows, count.getSingleResult());
  }

  @Override
  public Detail detail(UUID id) {
    Tenant tenant = tenant();
    ImportDeclaration declaration = mine(tenant, id);
    ImportCase importCase = em.find(ImportCase.class, declaration.caseId());
    ReceivedCertificates.Detail received = reading.detail(em.find(ReceivedCertificate.class, importCase.receivedId()));
    MatchResult result = declaration.matchResult().orElseThrow();
    CertificateContent certificate = received.certificate();

    Set<HeaderField> flagged = EnumSet.noneOf(HeaderField.class);
    List<Difference> header = new ArrayList<>();
    for (Difference d : result.differences()) {
      if (d.isHeader()) {
        header.add(d);
      }
      // an invoice a certificate line names but the declaration does not is a line's difference, shown on the invoices
      HeaderField field = HeaderField.of(d.rule());
      if (field != null) {
        flagged.add(field);
      }
    }
    Map<Integer, Integer> pairs = new HashMap<>();
    result.pairs().forEach(p -> pairs.put(p.declarationLine(), p.certificateLine()));
    Map<Integer, CertificateContent.Item> items = new LinkedHashMap<>();
    certificate.items().forEach(item -> items.put(item.sequence(), item));
    Set<Integer> paired = new HashSet<>();
    List<LineComparison> lines = new ArrayList<>();
    ImportDeclarationContent content = declaration.content();
    for (ImportDeclarationContent.Line line : content.lines()) {
      Integer sequence = pairs.get(line.lineNumber());
      if (sequence != null) {
        paired.add(sequence);
      }
      List<Difference> differences =
          result.differences().stream().filter(d -> Integer.valueOf(line.lineNumber()).equals(d.declarationLine())).toList();
      Set<LineField> fields = EnumSet.noneOf(LineField.class);
      differences.forEach(d -> fields.addAll(LineField.of(d.rule())));
      lines.add(new LineComparison(line, sequence == null ? null : items.get(sequence), Set.copyOf(fields), differences));
    }
    items.forEach((sequence, item) -> {
      if (!paired.contains(sequence)) {
        lines.add(new LineComparison(null, item, Set.of(), List.of()));
      }
    });

    Row row = row(tenant, id);
    return new Detail(
        row, declaration.agreementCode(), declaration.declaredOn(), declaration.submittedBy(), content, certificate,
        received.signature(), importCase.certificateState(), importCase.replacedByNumber(), Set.copyOf(flagged), header, lines,
        result.differences(), result.rulesRun(), result.rulesSwitchedOff(), result.rulesNotRun(),
        new Decision(declaration.decidedAt() == null ? null : declaration.status(), declaration.decidedBy(), declaration.decidedAt(),
            declaration.decisionReason()));
  }

  @Override
  public Row clear(UUID id, long version) {
    return decide(id, version, false, null, (d, officer) -> d.clear(officer, Instant.now()));
  }

  @Override
  public Row hold(UUID id, long version, String reason) {
    return decide(id, version, true, reason, (d, officer) -> d.hold(officer, reason, Instant.now()));
  }

  @Override
  public Row refusePreference(UUID id, long version, String reason) {
    return decide(id, version, true, reason, (d, officer) -> d.refusePreference(officer, reason, Instant.now()));
  }

  private interface Step {
    void apply(ImportDeclaration declaration, String officer);
  }

  /** Takes a decision; {@code reason} is checked first when the step needs one. */
  private Row decide(UUID id, long version, boolean needsReason, String reason, Step step) {
    Workplaces.Workplace officer = workplace();
    Tenant tenant = officer.caller().tenant();
    ImportDeclaration declaration = mine(tenant, id);
    if (declaration.version() != version) {
      throw new WorkflowException("clearance.error.changedMeanwhile");
    }
    if (!declaration.status().open()) {
      throw new WorkflowException("clearance.error.notOpen");
    }
    if (needsReason && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(List.of(new FieldProblem("reason", "clearance.error.reasonRequired")));
    }
    String username = officer.caller().username();
    step.apply(declaration, username);
    em.flush();
    if (declaration.status().decided()) {
      decided.fire(new DeclarationDecided(declaration.id(), tenant.code(), declaration.certificateNumber(), declaration.status()));
    }
    LOG.info(() -> "Import declaration " + declaration.declarationNumber() + " of certificate " + declaration.certificateNumber() + " "
        + declaration.status() + " by " + username);
    return row(tenant, id);
  }

  private ImportDeclaration mine(Tenant tenant, UUID id) {
    ImportDeclaration found = id == null ? null : em.find(ImportDeclaration.class, id);
    if (found == null || found.tenant() != tenant || found.status() == ImportDeclarationStatus.DRAFT) {
      throw new NotFoundException("Import declaration " + id);
    }
    return found;
  }

  private Row row(Tenant tenant, UUID id) {
    return rows(tenant, FROM + " and d.id = :id", q -> q.setParameter("id", id)).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Import declaration " + id));
  }

  private List<Row> rows(Tenant tenant, String from, Consumer<TypedQuery<Object[]>> parameters) {
    TypedQuery<Object[]> query = em.createQuery(SELECT + from, Object[].class)
        .setParameter("tenant", tenant.code())
        .setParameter("draft", ImportDeclarationStatus.DRAFT);
    parameters.accept(query);
    return query.getResultList().stream()
        .map(r -> new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
            (String) r[7], (Instant) r[8], (MatchResult.Outcome) r[9], ((Number) r[10]).intValue(), (ImportDeclarationStatus) r[11],
            ((Number) r[12]).longValue()))
        .toList();
  }

  @Override
  public Dashboard dashboard() {
    Tenant tenant = tenant();
    Instant now = Instant.now();
    DailyFigures figures = new DailyFigures(em, tenant, now);
    String decidedSince = "decided_at >= :since and " + DECIDED_SQL;
    Object[] f = figures.row(
        "select count(*) filter (where " + OPEN_SQL + "),"
            + " count(*) filter (where " + OPEN_SQL + " and match_outcome = 'MATCHED'),"
            + " count(*) filter (where " + OPEN_SQL + " and match_outcome = 'DIFFERENCES'),"
            + " count(*) filter (where status = 'HELD'),"
            + " count(*) filter (where status = 'VERIFICATION_REQUESTED'),"
            + " min(submitted_at) filter (where " + OPEN_SQL + "),"
            + " count(*) filter (where submitted_at >= :since),"
            + " count(*) filter (where submitted_at >= :since and match_outcome = 'MATCHED'),"
            + " count(*) filter (where " + decidedSince + "),"
            + " percentile_cont(0.5) within group (order by extract(epoch from decided_at - submitted_at))"
            + " filter (where " + decidedSince + "),"
            + " avg(extract(epoch from decided_at - submitted_at)) filter (where " + decidedSince + ")"
            + " from import_declaration where tenant = :tenant and status <> 'DRAFT'",
        Map.of("since", now.minus(Duration.ofDays(Dashboards.RECENT_DAYS))));
    String declared = "tenant = :tenant and status <> 'DRAFT'";
    List<Day> days = figures.days(
            figures.perDay("import_declaration", "submitted_at", declared, Map.of()),
            figures.perDay("import_declaration", "decided_at", declared + " and " + DECIDED_SQL, Map.of()))
        .stream()
        .map(d -> new Day(d.day(), d.in(), d.out()))
        .toList();
    return new Dashboard(
        count(f[0]), count(f[1]), count(f[2]), count(f[3]), count(f[4]), instant(f[5]),
        count(f[6]), count(f[7]), count(f[8]), seconds(f[9]), seconds(f[10]), days);
  }

  private Workplaces.Workplace workplace() {
    return workplaces.of(context.getCallerPrincipal(), OrganisationKind.CUSTOMS);
  }

  /** The caller's tenant, once the caller is known to act for its customs administration. */
  private Tenant tenant() {
    return workplace().caller().tenant();
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static String contains(String text) {
    return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
