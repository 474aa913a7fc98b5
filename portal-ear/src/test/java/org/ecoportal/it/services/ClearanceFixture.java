package org.ecoportal.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.clearance.CertificateOnRecord;
import org.ecoportal.domain.model.clearance.CertificateState;
import org.ecoportal.domain.model.clearance.DeclarationDecided;
import org.ecoportal.domain.model.clearance.DeclarationMatcher;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent;
import org.ecoportal.domain.model.clearance.MatchResult;
import org.ecoportal.domain.model.clearance.MatchingRules;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.importing.ImportStatus;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;

/**
 * Test-only (added to the EJB module of the test deployment): what the broker's form and the customs
 * decision screens, built elsewhere, do: a submitted import declaration quoting a received
 * certificate, and a customs decision that fires {@link DeclarationDecided} in its transaction.
 */
@Stateless
@PermitAll
public class ClearanceFixture {

  /** A declaration and the version it was stored at. */
  public record Declared(UUID id, long version) {}

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private CertificateOfOriginDocument ubl;
  @Inject private Event<DeclarationDecided> decided;

  /** Whether the certificate {@code number} delivered to {@code tenant} has its import case yet. */
  public boolean caseOpen(String tenant, String number) {
    return !em.createQuery("select c.id from ImportCase c where c.tenant = :tenant and c.certificateNumber = :number", UUID.class)
        .setParameter("tenant", tenant)
        .setParameter("number", number)
        .getResultList()
        .isEmpty();
  }

  /** The import case of {@code number} in {@code tenant} accepted, its broker named, and a declaration submitted for its goods. */
  public Declared submittedDeclaration(String tenant, String number) {
    Instant now = Instant.now();
    ImportCase importCase =
        em.createQuery("select c from ImportCase c where c.tenant = :tenant and c.certificateNumber = :number", ImportCase.class)
            .setParameter("tenant", tenant)
            .setParameter("number", number)
            .getSingleResult();
    Organisation broker =
        em.createQuery("select o from Organisation o where o.tenant = :tenant and o.kind = :kind order by o.identifier", Organisation.class)
            .setParameter("tenant", tenant)
            .setParameter("kind", OrganisationKind.BROKERAGE)
            .setMaxResults(1)
            .getSingleResult();
    if (importCase.status() == ImportStatus.NEW) {
      importCase.accept("importer", now);
    }
    importCase.assignBroker(broker, "importer", now);
    CertificateContent certificate = ubl.read(em.find(ReceivedCertificate.class, importCase.receivedId()).payload());
    ImportDeclarationContent content =
        new ImportDeclarationContent(
            "ID-" + Long.toString(System.nanoTime(), 36).toUpperCase(), null, null, "Hanbit Trading Co.", null, LocalDate.now(),
            List.of("INV-2026-077"),
            List.of(new ImportDeclarationContent.Line(1, "080810", "Fresh apples, Fuji", new BigDecimal("800"), "KGM", new BigDecimal("800"), true)));
    ImportDeclaration declaration = new ImportDeclaration(importCase, broker.id(), content, ImportDeclaration.Channel.SCREEN, "broker", now);
    LocalDate today = LocalDate.now();
    MatchResult result =
        DeclarationMatcher.match(
            content.toData(number, today), new CertificateOnRecord(certificate, true, CertificateState.VALID, Map.of()), MatchingRules.DEFAULT);
    declaration.submit("broker", today, result, now);
    em.persist(declaration);
    em.flush();
    return new Declared(declaration.id(), declaration.version());
  }

  /** Customs clears the declaration ({@code reason} null) or refuses its preference, and says so as the decision screens do. */
  public void decide(UUID declarationId, String refusalReason) {
    ImportDeclaration declaration = em.find(ImportDeclaration.class, declarationId);
    if (refusalReason == null) {
      declaration.clear("customs", Instant.now());
    } else {
      declaration.refusePreference("customs", refusalReason, Instant.now());
    }
    decided.fire(new DeclarationDecided(declaration.id(), declaration.tenant().code(), declaration.certificateNumber(), declaration.status()));
  }

  /** The declaration's status now. */
  public String status(UUID declarationId) {
    return em.find(ImportDeclaration.class, declarationId).status().name();
  }
}
