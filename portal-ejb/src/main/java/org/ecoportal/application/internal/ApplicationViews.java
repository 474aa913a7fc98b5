package org.ecoportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.ecoportal.application.ApplicationSummary;
import org.ecoportal.application.ApplicationView;
import org.ecoportal.application.AttachmentView;
import org.ecoportal.domain.model.application.Attachment;
import org.ecoportal.domain.model.application.ApplicationEvent;
import org.ecoportal.domain.model.application.ApplicationRepository;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateRepository;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationRepository;

/** Builds what screens see of applications, and writes their history. */
@ApplicationScoped
public class ApplicationViews {

  @Inject private ApplicationRepository applications;
  @Inject private CertificateRepository certificates;
  @Inject private OrganisationRepository organisations;

  @jakarta.persistence.PersistenceContext(unitName = "portal")
  private jakarta.persistence.EntityManager em;

  private final Clock clock = Clock.systemUTC();

  Instant now() {
    return clock.instant();
  }

  void record(CertificateApplication application, String actor, String action, String detail) {
    applications.record(new ApplicationEvent(application.id(), now(), actor, action, detail));
  }

  ApplicationView view(CertificateApplication a) {
    java.util.Optional<Certificate> certificate = certificates.ofApplication(a.id());
    return new ApplicationView(
        a.id(),
        a.reference(),
        a.status(),
        a.version(),
        a.data(),
        name(a, a.exporterId()),
        name(a, a.chamberId()),
        a.claimedBy(),
        a.decidedBy(),
        a.decisionReason(),
        a.submittedAt(),
        certificate.map(Certificate::number).orElse(null),
        certificate.map(c -> c.status().name()).orElse(null),
        em.createQuery("select x from Attachment x where x.applicationId = :id order by x.uploadedAt", Attachment.class)
            .setParameter("id", a.id())
            .getResultStream()
            .map(x -> new AttachmentView(x.id(), x.kind().name(), x.filename(), x.contentType(), x.sizeBytes(), x.uploadedBy(), x.uploadedAt()))
            .toList(),
        applications.history(a.id()).stream()
            .map(e -> new ApplicationView.EventView(e.at(), e.actor(), e.action(), e.detail()))
            .toList());
  }

  /** Summaries of many applications of one tenant, looking each organisation's name up once. */
  java.util.List<ApplicationSummary> summaries(java.util.List<CertificateApplication> list) {
    if (list.isEmpty()) {
      return java.util.List.of();
    }
    java.util.Map<UUID, String> names = new java.util.HashMap<>();
    organisations.allOf(list.get(0).tenant()).forEach(o -> names.put(o.id(), o.name()));
    return list.stream().map(a -> summary(a, names)).toList();
  }

  ApplicationSummary summary(CertificateApplication a) {
    return summaries(java.util.List.of(a)).get(0);
  }

  private ApplicationSummary summary(CertificateApplication a, java.util.Map<UUID, String> names) {
    return new ApplicationSummary(
        a.id(),
        a.reference(),
        a.status(),
        names.get(a.exporterId()),
        a.consigneeName(),
        a.consigneeCountry(),
        a.chamberId() == null ? null : names.get(a.chamberId()),
        a.updatedAt(),
        a.submittedAt(),
        a.claimedBy(),
        a.version());
  }

  private String name(CertificateApplication a, UUID organisationId) {
    if (organisationId == null) {
      return null;
    }
    return organisations.find(a.tenant(), organisationId).map(Organisation::name).orElse(null);
  }
}
