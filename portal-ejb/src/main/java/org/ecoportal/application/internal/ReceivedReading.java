package org.ecoportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.application.ReceivedCertificates.Detail;
import org.ecoportal.application.ReceivedCertificates.Row;
import org.ecoportal.application.ReceivedCertificates.Signature;
import org.ecoportal.application.ReceivedCertificates.State;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.ReceivedCertificate;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.pdf.CertificatePdf;
import org.ecoportal.infrastructure.signing.SignatureCheck;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;

/**
 * Reads a received certificate for whoever may see it (the importing customs, the importer it is
 * for): its document, its signature checked again, and the other deliveries about it. A delivery's
 * state comes from the deliveries of the same partner. The callers decide who may read what.
 */
@ApplicationScoped
public class ReceivedReading {

  private static final Logger LOG = Logger.getLogger(ReceivedReading.class.getName());

  static final String FROM = " from ReceivedCertificate r, Partner p where p.id = r.partnerId and r.tenant = :tenant";
  static final String SELECT =
      "select r.id, r.certificateNumber, p.country, p.name, r.exporterName, r.consigneeName, r.issueDate, r.receivedAt, r.kind,"
          + " r.replacesNumber, r.partnerId";

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private CertificateOfOriginDocument documents;
  @Inject private SignatureCheck signatures;
  @Inject private CertificatePdf pdfs;

  /** The delivery in full, its caller already entitled to it. */
  public Detail detail(ReceivedCertificate received) {
    UUID id = received.id();
    List<Row> family =
        withStates(
            received.tenant(),
            em.createQuery(
                    SELECT + FROM + " and r.partnerId = :partner and (r.certificateNumber in :numbers or r.replacesNumber = :number)"
                        + " order by r.receivedAt, r.id",
                    Object[].class)
                .setParameter("tenant", received.tenant().code())
                .setParameter("partner", received.partnerId())
                .setParameter("numbers", numbers(received))
                .setParameter("number", received.certificateNumber())
                .getResultList());
    Row row = family.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    List<Row> related = family.stream().filter(r -> !r.id().equals(id)).toList();
    byte[] payload = received.payload();
    SignatureCheck.Result check = signatures.verify(payload);
    Signature signature =
        new Signature(check.valid(), check.signer() == null ? null : check.signer().subject(),
            check.signer() == null ? null : check.signer().issuer(), check.signingTime(), check.failure());
    LOG.fine(() -> "Received certificate " + received.certificateNumber() + " opened; signature " + (check.valid() ? "valid" : check.failure()));
    return new Detail(row, received.messageId(), documents.read(payload), signature, related);
  }

  /**
   * The certificate as a readable PDF, rendered from the received document the way the issuing side
   * renders what it issues (with the QR code to the issuer's verification page the document names).
   */
  public Download pdf(ReceivedCertificate received) {
    byte[] pdf = pdfs.render(documents.read(received.payload()));
    return new Download(received.certificateNumber() + ".pdf", "application/pdf", pdf);
  }

  private static List<String> numbers(ReceivedCertificate received) {
    List<String> numbers = new ArrayList<>(List.of(received.certificateNumber()));
    if (received.replacesNumber() != null) {
      numbers.add(received.replacesNumber());
    }
    return numbers;
  }

  /** The rows of {@link #SELECT} with what became of each certificate: two small queries for the whole page. */
  List<Row> withStates(Tenant tenant, List<Object[]> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Set<String> numbers = new HashSet<>();
    found.forEach(r -> numbers.add((String) r[1]));
    Set<String> revoked = new HashSet<>();
    em.createQuery(
            "select v.partnerId, v.certificateNumber from ReceivedCertificate v"
                + " where v.tenant = :tenant and v.kind = :revocation and v.certificateNumber in :numbers",
            Object[].class)
        .setParameter("tenant", tenant.code())
        .setParameter("revocation", ExchangeKind.REVOKED)
        .setParameter("numbers", numbers)
        .getResultList()
        .forEach(r -> revoked.add(r[0] + " " + r[1]));
    Map<String, String> replacedBy = new HashMap<>();
    em.createQuery(
            "select s.partnerId, s.replacesNumber, s.certificateNumber from ReceivedCertificate s"
                + " where s.tenant = :tenant and s.replacesNumber in :numbers order by s.receivedAt",
            Object[].class)
        .setParameter("tenant", tenant.code())
        .setParameter("numbers", numbers)
        .getResultList()
        .forEach(r -> replacedBy.putIfAbsent(r[0] + " " + r[1], (String) r[2]));
    return found.stream()
        .map(r -> {
          String key = r[10] + " " + r[1];
          State state = revoked.contains(key) ? State.REVOKED : replacedBy.containsKey(key) ? State.REPLACED : State.VALID;
          return new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (LocalDate) r[6],
              (Instant) r[7], (ExchangeKind) r[8], state, replacedBy.get(key), (String) r[9]);
        })
        .toList();
  }
}
