package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.application.AttachmentFiles.Download;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.exchange.ExchangeKind;

/**
 * The importing customs' view of the certificates partner economies delivered to its tenant: every
 * delivery (issue, replacement, revocation) as it arrived, with what became of the certificate
 * since, the certificate read from its document, its signature checked again, and the document.
 */
public interface ReceivedCertificates {

  /** What became of a received certificate, judged from everything received since. */
  enum State {
    /** Nothing received says otherwise. */
    VALID,
    /** A replacement referring to it was received. */
    REPLACED,
    /** Its revocation was received. */
    REVOKED
  }

  /**
   * Which deliveries to list; each criterion may be {@code null}. {@code number}, {@code exporter}
   * and {@code consignee} match any part, ignoring case; days are inclusive, in the tenant's zone.
   */
  record Filter(
      String number,
      String exportingCountry,
      String exporter,
      String consignee,
      LocalDate issuedFrom,
      LocalDate issuedTo,
      LocalDate receivedFrom,
      LocalDate receivedTo,
      ExchangeKind action,
      State state)
      implements Serializable {

    public static Filter none() {
      return new Filter(null, null, null, null, null, null, null, null, null, null);
    }
  }

  /**
   * A page of deliveries: {@code sort} is one of {@code receivedAt} (the default), {@code number},
   * {@code exportingCountry}, {@code exporter}, {@code consignee}, {@code issueDate}, {@code action}.
   */
  record Query(Filter filter, int offset, int limit, String sort, boolean ascending) implements Serializable {

    public Query {
      filter = filter == null ? Filter.none() : filter;
      offset = Math.max(0, offset);
      limit = Math.max(1, Math.min(limit, 200));
    }
  }

  /** One delivery. {@code replacedBy} is the number of the certificate that replaced it, if any. */
  record Row(
      UUID id,
      String certificateNumber,
      String exportingCountry,
      String partnerName,
      String exporter,
      String consignee,
      LocalDate issueDate,
      Instant receivedAt,
      ExchangeKind action,
      State state,
      String replacedBy,
      String replacesNumber)
      implements Serializable {}

  record Page(List<Row> rows, long total) implements Serializable {}

  /**
   * The signature of the document as checked again now: whether it is intact and valid, who signed
   * it (subject and issuer of the signer's certificate), when it says it was signed, and else why not.
   */
  record Signature(boolean valid, String signer, String signerIssuer, Instant signedAt, String problem) implements Serializable {}

  /**
   * One delivery in full: the certificate as the document states it, its signature, the AS4 message
   * it came in, and the other deliveries about the same certificate (its revocation, its
   * replacement, the one it replaced), oldest first.
   */
  record Detail(Row row, String messageId, CertificateContent certificate, Signature signature, List<Row> related) {}

  Page find(Query query);

  Detail detail(UUID id);

  /** The certificate document exactly as it was received. */
  Download document(UUID id);

  /** The certificate as a readable PDF, rendered from the document received. */
  Download pdf(UUID id);
}
