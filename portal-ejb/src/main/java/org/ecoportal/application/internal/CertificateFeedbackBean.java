package org.ecoportal.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ecoportal.application.CertificateFeedback;
import org.ecoportal.application.NotFoundException;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateRepository;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.identity.Role;
import org.ecoportal.domain.model.organisation.OrganisationKind;
import org.ecoportal.domain.model.verification.CertificateUsage;
import org.ecoportal.domain.model.verification.VerificationRequest;
import org.ecoportal.infrastructure.security.Callers;

/**
 * What the importing economy told about a certificate of the tenant: read by its exporter, the
 * chamber that issued it, and the tenant's administrators.
 */
@Stateless
@RolesAllowed({Role.Names.EXPORTER, Role.Names.CHAMBER_OFFICER, Role.Names.TENANT_ADMIN})
public class CertificateFeedbackBean implements CertificateFeedback {

  @Resource private SessionContext context;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Workplaces workplaces;
  @Inject private CertificateRepository certificates;

  @Override
  public List<Entry> forCertificate(String certificateNumber) {
    Certificate certificate = visible(certificateNumber);
    List<Entry> entries = new ArrayList<>();
    for (VerificationRequest r : em.createQuery(
            "select r from VerificationRequest r where r.certificateId = :certificate", VerificationRequest.class)
        .setParameter("certificate", certificate.id())
        .getResultList()) {
      String economy = em.find(Partner.class, r.partnerId()).country();
      entries.add(new Entry(Kind.VERIFICATION_REQUEST, r.receivedAt(), r.certificateNumber(), economy, r.question(), r.requestingCustoms(),
          null, null, null));
      if (r.isAnswered()) {
        entries.add(new Entry(Kind.VERIFICATION_ANSWER, r.answeredAt(), r.certificateNumber(), economy, r.answerText(), r.answeredBy(),
            r.result(), null, null));
      }
    }
    entries.addAll(usage(certificate));
    entries.sort(Comparator.comparing(Entry::at));
    return entries;
  }

  @Override
  public List<Entry> usage(String certificateNumber) {
    return usage(visible(certificateNumber));
  }

  private List<Entry> usage(Certificate certificate) {
    return em.createQuery("select u from CertificateUsage u where u.certificateId = :certificate order by u.receivedAt", CertificateUsage.class)
        .setParameter("certificate", certificate.id())
        .getResultStream()
        .map(u -> new Entry(Kind.USAGE, u.receivedAt(), u.certificateNumber(), u.economy(), u.reason(), u.customs(), null, u.outcome(),
            u.decidedOn()))
        .toList();
  }

  /** The certificate, if the caller may see what came back about it. */
  private Certificate visible(String number) {
    Caller caller = Callers.of(context.getCallerPrincipal());
    Certificate certificate =
        certificates.byNumber(caller.tenant(), number == null ? "" : number.strip())
            .orElseThrow(() -> new NotFoundException("Certificate " + number));
    if (context.isCallerInRole(Role.Names.TENANT_ADMIN)) {
      return certificate;
    }
    if (context.isCallerInRole(Role.Names.CHAMBER_OFFICER)
        && certificate.chamberId().equals(workplaces.of(context.getCallerPrincipal(), OrganisationKind.CHAMBER).organisation().id())) {
      return certificate;
    }
    if (context.isCallerInRole(Role.Names.EXPORTER)
        && certificate.exporterId().equals(workplaces.of(context.getCallerPrincipal(), OrganisationKind.TRADER).organisation().id())) {
      return certificate;
    }
    throw new NotFoundException("Certificate " + number);
  }
}
