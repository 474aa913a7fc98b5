package org.ecoportal.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.Optional;
import org.ecoportal.application.CertificateVerification;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateNumber;
import org.ecoportal.domain.model.certificate.CertificateRepository;
import org.ecoportal.infrastructure.signing.SignatureCheck;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;
import org.ecoportal.domain.model.tenant.Tenant;

@Stateless
@PermitAll
public class CertificateVerificationBean implements CertificateVerification {

  private static final Logger LOG = Logger.getLogger(CertificateVerificationBean.class.getName());
  private static final int SHOWN_PROBLEMS = 5;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private CertificateOfOriginDocument ubl;
  @Inject private SignatureCheck signatures;
  @Inject private CertificateRepository certificates;

  @Override
  public DocumentCheck check(byte[] xml) {
    if (xml == null || xml.length == 0) {
      return new DocumentCheck(DocumentVerdict.NOT_A_CERTIFICATE, null, null, List.of("The file is empty"));
    }
    if (xml.length > MAX_DOCUMENT_BYTES) {
      return new DocumentCheck(
          DocumentVerdict.NOT_A_CERTIFICATE, null, null, List.of("The file is larger than " + MAX_DOCUMENT_BYTES / 1024 + " KiB"));
    }
    List<String> problems = ubl.validate(xml);
    if (!problems.isEmpty()) {
      return new DocumentCheck(
          DocumentVerdict.NOT_A_CERTIFICATE, null, null, List.copyOf(problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size()))));
    }
    String number = ubl.read(xml).certificateNumber();
    Optional<Certificate> issued = issued(number);
    if (issued.isEmpty()) {
      return new DocumentCheck(DocumentVerdict.UNKNOWN, number, null, List.of("No certificate " + number + " was issued here"));
    }
    Certificate certificate = issued.get();
    X509Certificate signer = certificates.documentOf(certificate.id()).map(d -> x509(d.signerCertificate())).orElse(null);
    if (signer == null) {
      return new DocumentCheck(DocumentVerdict.UNKNOWN, number, result(certificate), List.of("Certificate " + number + " has no signed document here"));
    }
    SignatureCheck.Result signature = signatures.verify(xml, signer);
    DocumentVerdict verdict =
        signature.valid() ? DocumentVerdict.AUTHENTIC
            : signature.signerMatch() == SignatureCheck.SignerMatch.DIFFERS ? DocumentVerdict.WRONG_SIGNER
            : DocumentVerdict.TAMPERED;
    LOG.info(() -> "Uploaded document of certificate " + number + ": " + verdict);
    return new DocumentCheck(verdict, number, result(certificate), signature.valid() ? List.of() : List.of(signature.failure()));
  }

  private static X509Certificate x509(byte[] der) {
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new IllegalStateException("A stored signing certificate cannot be read", e);
    }
  }

  private Optional<Certificate> issued(String number) {
    String wanted = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
    CertificateNumber parsed;
    try {
      parsed = new CertificateNumber(wanted);
    } catch (IllegalArgumentException notANumber) {
      return Optional.empty();
    }
    // The number's country prefix names the issuing tenant.
    return java.util.Arrays.stream(Tenant.values())
        .filter(t -> parsed.value().startsWith(t.country() + "-"))
        .findFirst()
        .flatMap(t -> certificates.byNumber(t, parsed.value()));
  }

  @Override
  public Optional<Result> verify(String number) {
    return issued(number).map(this::result);
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
