package org.ecoportal.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.ecoportal.application.CertificateVerification;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateNumber;
import org.ecoportal.domain.model.tenant.Tenant;

@Stateless
@PermitAll
public class CertificateVerificationBean implements CertificateVerification {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<Result> verify(String number) {
    String wanted = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
    CertificateNumber parsed;
    try {
      parsed = new CertificateNumber(wanted);
    } catch (IllegalArgumentException notANumber) {
      return Optional.empty();
    }
    // The number's country prefix names the issuing tenant.
    Optional<Tenant> tenant =
        java.util.Arrays.stream(Tenant.values()).filter(t -> parsed.value().startsWith(t.country() + "-")).findFirst();
    if (tenant.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery("select c from Certificate c where c.tenant = :tenant and c.number = :number", Certificate.class)
        .setParameter("tenant", tenant.get().code())
        .setParameter("number", parsed.value())
        .getResultStream()
        .findFirst()
        .map(this::result);
  }

  private Result result(Certificate c) {
    Object[] names =
        (Object[])
            em.createQuery(
                    "select e.name, ch.name, a.consigneeCountry from CertificateApplication a, Organisation e, Organisation ch"
                        + " where a.id = :application and e.id = a.exporterId and ch.id = a.chamberId")
                .setParameter("application", c.applicationId())
                .getSingleResult();
    String replaces =
        c.replacesId() == null ? null : em.find(Certificate.class, c.replacesId()).number();
    String replacedBy =
        em.createQuery("select s.number from Certificate s where s.replacesId = :id", String.class)
            .setParameter("id", c.id())
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new Result(c.number(), c.status().name(), c.issuedAt(), (String) names[0], (String) names[1], (String) names[2], replaces, replacedBy);
  }
}
