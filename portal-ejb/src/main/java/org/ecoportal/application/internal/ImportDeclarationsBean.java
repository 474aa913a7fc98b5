package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.application.ImportDeclarations;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.application.internal.Workplaces.Workplace;
import org.ecoportal.domain.model.application.ApplicationRules;
import org.ecoportal.domain.model.application.FieldProblem;
import org.ecoportal.domain.model.application.InvalidInputException;
import org.ecoportal.domain.model.application.WorkflowException;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.clearance.CertificateOnRecord;
import org.ecoportal.domain.model.clearance.CertificateState;
import org.ecoportal.domain.model.clearance.DeclarationMatcher;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent;
import org.ecoportal.domain.model.clearance.ImportDeclarationRules;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.domain.model.clearance.MatchResult;
import org.ecoportal.domain.model.clearance.MatchingConfiguration;
import org.ecoportal.domain.model.clearance.MatchingSettings;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * The declarations of the caller's brokerage, for the cases its importers assigned to it. Anything
 * of another brokerage or tenant is "not found", whatever its id.
 */
@Stateless
@RolesAllowed(Role.Names.BROKER)
public class ImportDeclarationsBean implements ImportDeclarations {

  private static final Logger LOG = Logger.getLogger(ImportDeclarationsBean.class.getName());
  /** No declaration has it: stands for "none" where a query needs an id. */
  private static final UUID NOBODY = new UUID(0, 0);

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Workplaces workplaces;
  @Inject private ReceivedReading reading;
  @Inject private ApplicationRules.Lookups lookups;

  @Override
  public ImportDeclarationContent prefill(UUID caseId) {
    CertificateContent certificate = certificateOf(assigned(caseId, workplace())).certificate();
    LinkedHashSet<String> invoices = new LinkedHashSet<>();
    List<ImportDeclarationContent.Line> lines = new ArrayList<>();
    for (CertificateContent.Item item : certificate.items()) {
      if (item.invoiceNumber() != null && !item.invoiceNumber().isBlank()) {
        invoices.add(item.invoiceNumber());
      }
      lines.add(new ImportDeclarationContent.Line(
          lines.size() + 1, item.hsCode(), item.description(), plain(item.quantity()), item.unitCode(), plain(item.netWeightKg()), true));
    }
    CertificateContent.Party consignee = certificate.consignee();
    CertificateContent.Party exporter = certificate.exporter();
    return new ImportDeclarationContent(
        null, certificate.agreementCode(), consignee == null ? null : consignee.identifier(), exporter == null ? null : exporter.name(),
        exporter == null ? null : exporter.identifier(), null, List.copyOf(invoices), lines);
  }

  @Override
  public Detail create(UUID caseId, ImportDeclarationContent content, ImportDeclaration.Channel channel) {
    Workplace here = workplace();
    ImportCase found = assigned(caseId, here);
    Tenant tenant = here.caller().tenant();
    ImportDeclarationContent tidy = tidy(content);
    refuse(ImportDeclarationRules.draftProblems(tidy, n -> numberTaken(tenant, n, null)));
    ImportDeclaration draft = new ImportDeclaration(found, here.organisation().id(), tidy, channel, here.caller().username(), Instant.now());
    em.persist(draft);
    em.flush();
    LOG.info(() -> "Import declaration " + draft.declarationNumber() + " drafted for certificate " + found.certificateNumber() + " by "
        + here.caller());
    return detailOf(draft);
  }

  @Override
  public Detail revise(UUID id, long version, ImportDeclarationContent content) {
    Workplace here = workplace();
    ImportDeclaration found = mine(id, here);
    ImportDeclarationContent tidy = tidy(content);
    requireVersion(found, version);
    refuse(ImportDeclarationRules.draftProblems(tidy, n -> numberTaken(here.caller().tenant(), n, found.id())));
    found.revise(tidy, Instant.now());
    return flushed(found);
  }

  @Override
  public Detail submit(UUID id, long version) {
    Workplace here = workplace();
    ImportDeclaration found = mine(id, here);
    requireVersion(found, version);
    if (found.status() != ImportDeclarationStatus.DRAFT) {
      throw new WorkflowException("importDeclaration.error.notDraft");
    }
    Tenant tenant = here.caller().tenant();
    LocalDate today = LocalDate.now(tenant.zone());
    ImportDeclarationContent content = found.content();
    refuse(ImportDeclarationRules.submitProblems(content, lookups, today, n -> numberTaken(tenant, n, found.id())));
    ImportCase importCase = em.find(ImportCase.class, found.caseId());
    ReceivedCertificates.Detail certificate = certificateOf(importCase);
    CertificateOnRecord onRecord = new CertificateOnRecord(
        certificate.certificate(), certificate.signature().valid(), stateOf(importCase), usedQuantities(tenant, found));
    MatchResult result = DeclarationMatcher.match(
        content.toData(found.certificateNumber(), today), onRecord, configuration(tenant).rulesFor(content.agreementCode()));
    found.submit(here.caller().username(), today, result, Instant.now());
    LOG.info(() -> "Import declaration " + found.declarationNumber() + " submitted by " + here.caller() + ": " + result.outcome() + ", "
        + result.differences().size() + " difference(s)");
    return flushed(found);
  }

  @Override
  public List<Summary> mine() {
    Workplace here = workplace();
    return em.createQuery(
            "select d from ImportDeclaration d where d.tenant = :tenant and d.brokerId = :broker order by d.updatedAt desc, d.id",
            ImportDeclaration.class)
        .setParameter("tenant", here.caller().tenant().code())
        .setParameter("broker", here.organisation().id())
        .setMaxResults(500)
        .getResultStream()
        .map(ImportDeclarationsBean::summaryOf)
        .toList();
  }

  @Override
  public Detail detail(UUID id) {
    return detailOf(mine(id, workplace()));
  }

  /** The tenant's matching rules: what its administrator saved, else the defaults. */
  MatchingConfiguration configuration(Tenant tenant) {
    MatchingSettings settings = em.find(MatchingSettings.class, tenant.code());
    return settings == null ? MatchingConfiguration.DEFAULT : settings.configuration();
  }

  /** Per certificate line, what the tenant's cleared declarations of the same certificate took. */
  private Map<Integer, BigDecimal> usedQuantities(Tenant tenant, ImportDeclaration declaration) {
    Map<Integer, BigDecimal> used = new HashMap<>();
    em.createQuery(
            "select l.certificateLine, sum(l.quantity) from ImportDeclaration d join d.lines l"
                + " where d.tenant = :tenant and d.certificateNumber = :number and d.status = :cleared and d.id <> :id"
                + " and l.certificateLine is not null group by l.certificateLine",
            Object[].class)
        .setParameter("tenant", tenant.code())
        .setParameter("number", declaration.certificateNumber())
        .setParameter("cleared", ImportDeclarationStatus.CLEARED)
        .setParameter("id", declaration.id())
        .getResultList()
        .forEach(r -> used.put((Integer) r[0], r[1] == null ? BigDecimal.ZERO : (BigDecimal) r[1]));
    return used;
  }

  private static CertificateState stateOf(ImportCase importCase) {
    return switch (importCase.certificateState()) {
      case VALID -> CertificateState.VALID;
      case REVOKED -> CertificateState.REVOKED;
      case REPLACED -> CertificateState.replacedBy(importCase.replacedByNumber());
    };
  }

  private ReceivedCertificates.Detail certificateOf(ImportCase importCase) {
    return reading.detail(em.find(ReceivedCertificate.class, importCase.receivedId()));
  }

  private boolean numberTaken(Tenant tenant, String number, UUID except) {
    return em.createQuery(
            "select count(d) from ImportDeclaration d where d.tenant = :tenant and upper(d.declarationNumber) = :number"
                + " and d.id <> :except",
            Long.class)
        .setParameter("tenant", tenant.code())
        .setParameter("number", number.toUpperCase(Locale.ROOT))
        .setParameter("except", except == null ? NOBODY : except)
        .getSingleResult() > 0;
  }

  /** Blanks are nothing; text is trimmed; numbers without trailing zeros, as they read back. */
  private static ImportDeclarationContent tidy(ImportDeclarationContent c) {
    return new ImportDeclarationContent(
        text(c.declarationNumber()), text(c.agreementCode()), text(c.importerIdentifier()), text(c.exporterName()),
        text(c.exporterIdentifier()), c.shipmentDate(),
        c.invoiceReferences().stream().map(ImportDeclarationsBean::text).filter(Objects::nonNull).toList(),
        c.lines().stream()
            .map(l -> new ImportDeclarationContent.Line(l.lineNumber(), text(l.hsCode()), text(l.description()), plain(l.quantity()),
                text(l.unitCode()), plain(l.netWeightKg()), l.preferenceClaimed()))
            .toList());
  }

  private static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void refuse(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void requireVersion(ImportDeclaration found, long version) {
    if (found.version() != version) {
      throw new WorkflowException("importDeclaration.error.changedMeanwhile");
    }
  }

  private Detail flushed(ImportDeclaration found) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new WorkflowException("importDeclaration.error.changedMeanwhile");
    }
    return detailOf(found);
  }

  private static Detail detailOf(ImportDeclaration d) {
    return new Detail(summaryOf(d), tidy(d.content()), d.matchResult().map(r -> Match.of(r, d.declaredOn())).orElse(null));
  }

  private static Summary summaryOf(ImportDeclaration d) {
    return new Summary(d.id(), d.caseId(), d.declarationNumber(), d.certificateNumber(), d.status(), d.matchOutcome(), d.enteredThrough(),
        d.updatedAt(), d.submittedAt(), d.version());
  }

  /** A case the caller's brokerage was named for, in the caller's tenant. */
  private ImportCase assigned(UUID caseId, Workplace here) {
    ImportCase found = caseId == null ? null : em.find(ImportCase.class, caseId);
    if (found == null || found.tenant() != here.caller().tenant() || !here.organisation().id().equals(found.brokerId())) {
      throw new NotFoundException("Import case " + caseId);
    }
    return found;
  }

  private ImportDeclaration mine(UUID id, Workplace here) {
    ImportDeclaration found = id == null ? null : em.find(ImportDeclaration.class, id);
    if (found == null || found.tenant() != here.caller().tenant() || !here.organisation().id().equals(found.brokerId())) {
      throw new NotFoundException("Import declaration " + id);
    }
    return found;
  }

  private Workplace workplace() {
    return workplaces.of(context.getCallerPrincipal(), OrganisationKind.BROKERAGE);
  }
}
