package org.ecoportal.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ecoportal.application.ReceivedCertificates;
import org.ecoportal.application.internal.ReceivedReading;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.clearance.CertificateOnRecord;
import org.ecoportal.domain.model.clearance.CertificateState;
import org.ecoportal.domain.model.clearance.DeclarationMatcher;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent;
import org.ecoportal.domain.model.clearance.MatchResult;
import org.ecoportal.domain.model.clearance.MatchingRules;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.importing.ImportStatus;
import org.ecoportal.domain.model.organisation.Organisation;

/**
 * Test data for clearance, written as the broker's part of the portal would: the importer accepts a
 * received certificate's case and names Taiwan's demo broker, whose declarations quoting it are
 * matched against it and submitted at a chosen moment. Test-only: it bypasses every service.
 */
@Stateless
@PermitAll
public class ClearanceSeeds {

  /** Keelung Customs Brokers, Taiwan's demo brokerage (demo user broker@tw). */
  public static final String TW_BROKER = "TW-BRK-0233";

  /** How a declaration departs from its certificate. */
  public enum Variant {
    /** Everything as the certificate states it. */
    MATCHING,
    /** The first line declares 900 where the certificate says 800; a second line has an HS code the certificate lacks; no invoice. */
    DIFFERING
  }

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private ReceivedReading reading;

  /** The case of the certificate {@code number} in {@code tenant}, once it has been opened. */
  public Optional<UUID> caseOf(String tenant, String number) {
    return em.createQuery("select c.id from ImportCase c where c.tenant = :tenant and c.certificateNumber = :number", UUID.class)
        .setParameter("tenant", tenant)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /** The importer accepts the case (if still new) and names Taiwan's demo broker. */
  public void brokerAssigned(UUID caseId) {
    ImportCase importCase = em.find(ImportCase.class, caseId);
    if (importCase.status() == ImportStatus.NEW) {
      importCase.accept("importer", Instant.now());
    }
    Organisation broker = em.createQuery("select o from Organisation o where o.identifier = :identifier", Organisation.class)
        .setParameter("identifier", TW_BROKER)
        .getSingleResult();
    importCase.assignBroker(broker, "importer", Instant.now());
  }

  /** A draft declaration of the case, never submitted. */
  public UUID draft(UUID caseId, String declarationNumber) {
    ImportCase importCase = em.find(ImportCase.class, caseId);
    ImportDeclaration declaration = new ImportDeclaration(importCase, importCase.brokerId(),
        content(certificate(importCase), declarationNumber, Variant.MATCHING), ImportDeclaration.Channel.SCREEN, "broker", Instant.now());
    em.persist(declaration);
    return declaration.id();
  }

  /** A declaration of the case matched and submitted at {@code submittedAt}; its id. */
  public UUID submitted(UUID caseId, String declarationNumber, Variant variant, Instant submittedAt) {
    ImportCase importCase = em.find(ImportCase.class, caseId);
    ReceivedCertificates.Detail received = certificate(importCase);
    ImportDeclarationContent content = content(received, declarationNumber, variant);
    ImportDeclaration declaration =
        new ImportDeclaration(importCase, importCase.brokerId(), content, ImportDeclaration.Channel.SCREEN, "broker", submittedAt);
    em.persist(declaration);
    LocalDate declaredOn = LocalDate.ofInstant(submittedAt, importCase.tenant().zone());
    MatchResult result = DeclarationMatcher.match(
        content.toData(importCase.certificateNumber(), declaredOn),
        new CertificateOnRecord(received.certificate(), received.signature().valid(), CertificateState.VALID, Map.of()),
        MatchingRules.DEFAULT);
    declaration.submit("broker", declaredOn, result, submittedAt);
    em.flush();
    return declaration.id();
  }

  /** Customs asked the issuing chamber to verify the declaration's origin (the verification part's step). */
  public void verificationRequested(UUID declarationId) {
    em.find(ImportDeclaration.class, declarationId).verificationRequested("customs", "Please confirm the origin", Instant.now());
  }

  private ReceivedCertificates.Detail certificate(ImportCase importCase) {
    return reading.detail(em.find(ReceivedCertificate.class, importCase.receivedId()));
  }

  private static ImportDeclarationContent content(ReceivedCertificates.Detail received, String number, Variant variant) {
    CertificateContent certificate = received.certificate();
    List<ImportDeclarationContent.Line> lines = new ArrayList<>();
    List<String> invoices = new ArrayList<>();
    for (CertificateContent.Item item : certificate.items()) {
      BigDecimal quantity = item.quantity();
      if (variant == Variant.DIFFERING && item.sequence() == certificate.items().get(0).sequence()) {
        quantity = quantity.multiply(new BigDecimal("1.125"));
      }
      lines.add(new ImportDeclarationContent.Line(
          item.sequence(), item.hsCode(), item.description(), quantity, item.unitCode(), item.netWeightKg(), true));
      if (item.invoiceNumber() != null && !invoices.contains(item.invoiceNumber())) {
        invoices.add(item.invoiceNumber());
      }
    }
    if (variant == Variant.DIFFERING) {
      lines.add(new ImportDeclarationContent.Line(
          lines.size() + 1, "090111", "Coffee, not roasted", new BigDecimal("50"), "KGM", new BigDecimal("50"), true));
      invoices.clear();
    }
    return new ImportDeclarationContent(
        number, certificate.agreementCode(), certificate.consignee().identifier(), certificate.exporter().name(),
        certificate.exporter().identifier(), certificate.transport() == null ? null : certificate.transport().departureDate(), invoices,
        lines);
  }
}
