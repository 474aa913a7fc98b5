package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ecoportal.application.CertificateTimeline;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.application.ApplicationEvent;
import org.ecoportal.domain.model.application.ApplicationRepository;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.clearance.DeclarationEvent;
import org.ecoportal.domain.model.clearance.ImportDeclaration;
import org.ecoportal.domain.model.clearance.ImportDeclarationStatus;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ExchangeMessage;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.importing.ImportCase;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.domain.model.verification.CertificateUsage;
import org.ecoportal.domain.model.verification.OriginVerification;
import org.ecoportal.domain.model.verification.UsageOutcome;
import org.ecoportal.domain.model.verification.VerificationRequest;
import org.ecoportal.infrastructure.security.Callers;

/**
 * Puts a certificate's steps in order from what each side keeps: the application's history and
 * the exchange messages on the exporting side; the received documents, the import case and its
 * declarations' steps on the importing side. Whatever the caller may not see is "not found".
 */
@Stateless
@RolesAllowed({Role.Names.EXPORTER, Role.Names.CHAMBER_OFFICER, Role.Names.IMPORTER, Role.Names.BROKER, Role.Names.CUSTOMS_OFFICER})
public class CertificateTimelineBean implements CertificateTimeline {

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private ApplicationRepository applications;
  @Inject private OrganisationRepository organisations;

  @Override
  public List<Step> ofApplication(UUID applicationId) {
    Caller caller = Callers.of(context.getCallerPrincipal());
    Organisation organisation = organisationOf(caller, applicationId);
    Tenant tenant = caller.tenant();
    Optional<CertificateApplication> application = Optional.empty();
    if (organisation.kind() == OrganisationKind.TRADER && context.isCallerInRole(Role.Names.EXPORTER)) {
      application = applications.ofExporter(tenant, organisation.id(), applicationId);
    } else if (organisation.kind() == OrganisationKind.CHAMBER && context.isCallerInRole(Role.Names.CHAMBER_OFFICER)) {
      application = applications.ofChamber(tenant, organisation.id(), applicationId);
    }
    if (application.isEmpty()) {
      throw new NotFoundException("Application " + applicationId);
    }
    String here = tenant.country();
    List<Step> steps = new ArrayList<>();
    for (ApplicationEvent event : applications.history(applicationId)) {
      stageOfApplication(event.action())
          .ifPresent(stage -> steps.add(new Step(event.at(), false, stage, here, event.actor(), event.detail())));
    }
    List<UUID> certificates = em.createQuery("select c.id from Certificate c where c.applicationId = :application", UUID.class)
        .setParameter("application", applicationId)
        .getResultList();
    if (!certificates.isEmpty()) {
      for (ExchangeMessage message : em.createQuery(
              "select m from ExchangeMessage m where m.certificateId in :certificates and m.kind = :issued", ExchangeMessage.class)
          .setParameter("certificates", certificates)
          .setParameter("issued", ExchangeKind.ISSUED)
          .getResultList()) {
        Partner partner = em.find(Partner.class, message.partnerId());
        if (message.sentAt() != null) {
          steps.add(new Step(message.sentAt(), false, Stage.SENT, here, null, partner.name()));
        }
        if (message.deliveredAt() != null) {
          steps.add(new Step(message.deliveredAt(), false, Stage.DELIVERED, partner.country(), partner.name(), null));
        }
      }
      feedback(certificates, here, steps);
    }
    return ordered(steps);
  }

  /** What the importing economy told about the certificates: verification requests (and this side's answers), usage. */
  private void feedback(List<UUID> certificates, String here, List<Step> steps) {
    for (VerificationRequest request : em.createQuery(
            "select v from VerificationRequest v where v.certificateId in :certificates", VerificationRequest.class)
        .setParameter("certificates", certificates)
        .getResultList()) {
      String economy = em.find(Partner.class, request.partnerId()).country();
      steps.add(new Step(request.receivedAt(), false, Stage.VERIFICATION_REQUESTED, economy, request.requestingCustoms(), request.question()));
      if (request.isAnswered()) {
        steps.add(new Step(request.answeredAt(), false, Stage.VERIFICATION_ANSWERED, here, request.answeredBy(),
            request.result().name()));
      }
    }
    for (CertificateUsage usage : em.createQuery(
            "select u from CertificateUsage u where u.certificateId in :certificates", CertificateUsage.class)
        .setParameter("certificates", certificates)
        .getResultList()) {
      Stage stage = usage.outcome() == UsageOutcome.PREFERENCE_GRANTED ? Stage.CLEARED : Stage.PREFERENCE_REFUSED;
      steps.add(new Step(usage.receivedAt(), false, stage, usage.economy(), usage.customs(), usage.reason()));
    }
  }

  @Override
  public List<Step> ofImportCase(UUID caseId) {
    Caller caller = Callers.of(context.getCallerPrincipal());
    ImportCase found = caseId == null ? null : em.find(ImportCase.class, caseId);
    if (found == null || found.tenant() != caller.tenant() || !maySee(caller, found)) {
      throw new NotFoundException("Import case " + caseId);
    }
    return importing(found);
  }

  @Override
  public List<Step> ofDeclaration(UUID declarationId) {
    ImportDeclaration declaration = declarationId == null ? null : em.find(ImportDeclaration.class, declarationId);
    if (declaration == null) {
      throw new NotFoundException("Import declaration " + declarationId);
    }
    return ofImportCase(declaration.caseId());
  }

  @Override
  public List<Step> ofReceived(UUID receivedId) {
    Caller caller = Callers.of(context.getCallerPrincipal());
    ReceivedCertificate received = receivedId == null ? null : em.find(ReceivedCertificate.class, receivedId);
    if (received == null || received.tenant() != caller.tenant() || !context.isCallerInRole(Role.Names.CUSTOMS_OFFICER)) {
      throw new NotFoundException("Received certificate " + receivedId);
    }
    return em.createQuery("select c from ImportCase c where c.tenant = :tenant and c.certificateNumber = :number", ImportCase.class)
        .setParameter("tenant", caller.tenant().code())
        .setParameter("number", received.certificateNumber())
        .getResultStream()
        .findFirst()
        .map(this::importing)
        .orElseGet(() -> ordered(new ArrayList<>(received(received, em.find(Partner.class, received.partnerId())))));
  }

  private boolean maySee(Caller caller, ImportCase found) {
    if (context.isCallerInRole(Role.Names.CUSTOMS_OFFICER)) {
      return true;
    }
    Optional<Organisation> organisation = organisations.organisationOf(caller);
    if (organisation.isEmpty()) {
      return false;
    }
    UUID id = organisation.get().id();
    return (context.isCallerInRole(Role.Names.IMPORTER) && id.equals(found.importerId()))
        || (context.isCallerInRole(Role.Names.BROKER) && id.equals(found.brokerId()));
  }

  private List<Step> importing(ImportCase found) {
    String here = found.tenant().country();
    Partner partner = em.find(Partner.class, found.partnerId());
    ReceivedCertificate first = em.find(ReceivedCertificate.class, found.receivedId());
    List<Step> steps = new ArrayList<>(received(first, partner));
    for (ReceivedCertificate later : em.createQuery(
            "select r from ReceivedCertificate r where r.tenant = :tenant and r.id <> :first"
                + " and (r.certificateNumber = :number or r.replacesNumber = :number)", ReceivedCertificate.class)
        .setParameter("tenant", found.tenant().code())
        .setParameter("first", first.id())
        .setParameter("number", found.certificateNumber())
        .getResultList()) {
      Stage stage = later.kind() == ExchangeKind.REVOKED ? Stage.REVOKED : Stage.REPLACED;
      steps.add(new Step(later.receivedAt(), false, stage, partner.country(), partner.name(),
          stage == Stage.REPLACED ? later.certificateNumber() : null));
    }
    if (found.acceptedAt() != null) {
      steps.add(new Step(found.acceptedAt(), false, Stage.ACCEPTED, here, found.acceptedBy(), null));
    }
    if (found.brokerAssignedAt() != null) {
      String broker = organisations.find(found.tenant(), found.brokerId()).map(Organisation::name).orElse(null);
      steps.add(new Step(found.brokerAssignedAt(), false, Stage.BROKER_ASSIGNED, here, found.brokerAssignedBy(), broker));
    }
    for (ImportDeclaration declaration : em.createQuery(
            "select d from ImportDeclaration d where d.caseId = :case and d.status <> :draft", ImportDeclaration.class)
        .setParameter("case", found.id())
        .setParameter("draft", ImportDeclarationStatus.DRAFT)
        .getResultList()) {
      for (DeclarationEvent event : declaration.events()) {
        declarationSteps(declaration, event, here).forEach(steps::add);
      }
      for (OriginVerification verification : em.createQuery(
              "select v from OriginVerification v where v.declarationId = :declaration", OriginVerification.class)
          .setParameter("declaration", declaration.id())
          .getResultList()) {
        if (verification.isAnswered()) {
          steps.add(new Step(verification.answeredAt(), false, Stage.VERIFICATION_ANSWERED, partner.country(), partner.name(),
              verification.result().name()));
        }
      }
    }
    return ordered(steps);
  }

  /** The issue as the certificate states it, and its arrival here. */
  private static List<Step> received(ReceivedCertificate received, Partner partner) {
    LocalDate issued = received.issueDate();
    List<Step> steps = new ArrayList<>();
    if (issued != null) {
      steps.add(new Step(issued.atStartOfDay(ZoneOffset.UTC).toInstant(), true, Stage.ISSUED, partner.country(), partner.name(), null));
    }
    steps.add(new Step(received.receivedAt(), false, Stage.RECEIVED, received.tenant().country(), null, partner.name()));
    return steps;
  }

  private static List<Step> declarationSteps(ImportDeclaration declaration, DeclarationEvent event, String here) {
    return switch (event.action()) {
      case "SUBMITTED" -> List.of(
          new Step(event.at(), false, Stage.DECLARED, here, event.actor(), declaration.declarationNumber()),
          new Step(event.at(), false, "MATCHED".equals(event.detail()) ? Stage.MATCHED : Stage.DIFFERENCES, here, null, null));
      case "HELD", "VERIFICATION_REQUESTED", "CLEARED", "PREFERENCE_REFUSED" -> List.of(
          new Step(event.at(), false, Stage.valueOf(event.action()), here, event.actor(), event.detail()));
      default -> List.of();
    };
  }

  private static Optional<Stage> stageOfApplication(String action) {
    return switch (action) {
      case "SUBMITTED" -> Optional.of(Stage.APPLIED);
      case "RETURNED", "APPROVED", "REJECTED", "REVOKED", "REPLACED" -> Optional.of(Stage.valueOf(action));
      default -> Optional.empty();
    };
  }

  private Organisation organisationOf(Caller caller, UUID applicationId) {
    return organisations.organisationOf(caller).orElseThrow(() -> new NotFoundException("Application " + applicationId));
  }

  private static List<Step> ordered(List<Step> steps) {
    steps.sort(Comparator.comparing(Step::at).thenComparing(Step::stage));
    return List.copyOf(steps);
  }
}
