package org.ecoportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateDocument;
import org.ecoportal.domain.model.certificate.CertificateNumber;
import org.ecoportal.domain.model.certificate.CertificateRepository;
import org.ecoportal.domain.model.tenant.Tenant;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public CertificateNumber nextNumber(Tenant tenant, int year) {
    // One row per tenant and year, incremented under its row lock: concurrent approvals queue here
    // and each gets its own number; a rolled-back approval gives its number back.
    Number next =
        (Number)
            em.createNativeQuery(
                    "insert into certificate_number_counter (tenant, year, last_value) values (?1, ?2, 1)"
                        + " on conflict (tenant, year) do update set last_value = certificate_number_counter.last_value + 1"
                        + " returning last_value")
                .setParameter(1, tenant.code())
                .setParameter(2, year)
                .getSingleResult();
    return CertificateNumber.of(tenant, year, next.longValue());
  }

  @Override
  public void add(Certificate certificate) {
    em.persist(certificate);
  }

  @Override
  public java.util.List<Certificate> ofExporter(
      Tenant tenant, UUID exporterId, String numberPart, Certificate.Status status, java.time.Instant from, java.time.Instant until, int limit) {
    String jpql = "select c from Certificate c where c.tenant = :tenant and c.exporterId = :exporter";
    if (numberPart != null && !numberPart.isBlank()) {
      jpql += " and c.number like :number";
    }
    if (status != null) {
      jpql += " and c.status = :status";
    }
    if (from != null) {
      jpql += " and c.issuedAt >= :from";
    }
    if (until != null) {
      jpql += " and c.issuedAt < :until";
    }
    var query =
        em.createQuery(jpql + " order by c.issuedAt desc", Certificate.class)
            .setParameter("tenant", tenant.code())
            .setParameter("exporter", exporterId);
    if (numberPart != null && !numberPart.isBlank()) {
      query.setParameter("number", "%" + numberPart.trim().toUpperCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    if (from != null) {
      query.setParameter("from", from);
    }
    if (until != null) {
      query.setParameter("until", until);
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public void addDocument(CertificateDocument document) {
    em.persist(document);
  }

  @Override
  public Optional<CertificateDocument> documentOf(UUID certificateId) {
    return Optional.ofNullable(em.find(CertificateDocument.class, certificateId));
  }

  @Override
  public Optional<Certificate> byNumber(Tenant tenant, String number) {
    return em.createQuery("select c from Certificate c where c.tenant = :tenant and c.number = :number", Certificate.class)
        .setParameter("tenant", tenant.code())
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Certificate> ofApplication(UUID applicationId) {
    return em.createQuery(
            "select c from Certificate c where c.applicationId = :id order by case when c.status = :valid then 0 else 1 end, c.issuedAt desc",
            Certificate.class)
        .setParameter("valid", Certificate.Status.VALID)
        .setParameter("id", applicationId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
