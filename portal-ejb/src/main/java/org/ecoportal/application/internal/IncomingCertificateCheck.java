package org.ecoportal.application.internal;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecoportal.application.ReceivingRefused;
import org.ecoportal.application.ReceivingRefused.Reason;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.PartnerCertificate;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.infrastructure.signing.SignatureCheck;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;

/**
 * The checks a delivered certificate passes before it is stored: addressed to a tenant served here,
 * sent by one of its active partners with the certificate trusted for it, a known action, a
 * payload of sensible size that is a UBL 2.1 certificate of origin (no DOCTYPE, so no external or
 * expanding entities) whose XAdES signature verifies, made by one of the partner's trusted
 * certificate issuers or a certificate one of them issued, and that comes from the partner's economy.
 * Each failure is a {@link ReceivingRefused} naming what was wrong.
 */
final class IncomingCertificateCheck {

  /** Party ids of the portal's single windows: {@code eco-<tenant>}. */
  static final String PARTY_PREFIX = "eco-";

  /** Default limit of a payload: far above any certificate, far below what could hurt the server. */
  static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

  private final CertificateOfOriginDocument documents;
  private final SignatureCheck signatures;
  private final int maxBytes;

  IncomingCertificateCheck(CertificateOfOriginDocument documents, SignatureCheck signatures, int maxBytes) {
    this.documents = documents;
    this.signatures = signatures;
    this.maxBytes = maxBytes;
  }

  /** The tenant a party id names. */
  static Tenant receiver(String toPartyId) {
    Optional<Tenant> tenant =
        toPartyId != null && toPartyId.startsWith(PARTY_PREFIX)
            ? Tenant.fromCode(toPartyId.substring(PARTY_PREFIX.length()).toLowerCase(Locale.ROOT))
            : Optional.empty();
    return tenant.orElseThrow(() -> new ReceivingRefused(Reason.UNKNOWN_RECEIVER, "No single window here is party " + toPartyId));
  }

  /** The partner among {@code partners} that sent the message, signed with the certificate trusted for it. */
  static Partner sender(List<Partner> partners, String fromPartyId, byte[] signerCertificate) {
    Partner partner =
        partners.stream()
            .filter(p -> p.active() && p.partyId().equals(fromPartyId))
            .findFirst()
            .orElseThrow(() -> new ReceivingRefused(Reason.UNKNOWN_PARTNER, "Party " + fromPartyId + " is not an active partner"));
    byte[] trusted = partner.signingCertificate().map(PartnerCertificate::der).orElse(null);
    if (trusted == null) {
      throw new ReceivingRefused(Reason.UNTRUSTED_SIGNER, "No certificate of partner " + fromPartyId + " is trusted yet");
    }
    if (signerCertificate == null || !MessageDigest.isEqual(trusted, signerCertificate)) {
      throw new ReceivingRefused(Reason.UNTRUSTED_SIGNER, "The message is not signed with the certificate trusted for " + fromPartyId);
    }
    return partner;
  }

  static ExchangeKind kind(String action) {
    try {
      return ExchangeKind.valueOf(action);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ReceivingRefused(Reason.UNKNOWN_ACTION, "Unknown action " + action);
    }
  }

  /** The certificate the payload holds, once it passed every check at the time of receipt {@code now}. */
  CertificateContent certificate(Partner from, byte[] payload, Instant now) {
    if (payload == null || payload.length == 0) {
      throw new ReceivingRefused(Reason.PAYLOAD_SIZE, "The message carries no certificate");
    }
    if (payload.length > maxBytes) {
      throw new ReceivingRefused(Reason.PAYLOAD_SIZE, "The certificate has " + payload.length + " bytes; at most " + maxBytes + " are taken");
    }
    List<String> problems = documents.validate(payload);
    if (!problems.isEmpty()) {
      throw new ReceivingRefused(Reason.INVALID_DOCUMENT, "Not a valid UBL certificate of origin: " + String.join("; ", problems));
    }
    SignatureCheck.Result signature = signatures.verify(payload);
    if (!signature.valid()) {
      throw new ReceivingRefused(Reason.INVALID_CERTIFICATE, "The certificate's signature does not verify: " + signature.failure());
    }
    from.whyUntrustedIssuer(signature.signer().certificate(), now).ifPresent(why -> {
      throw new ReceivingRefused(Reason.UNTRUSTED_ISSUER, why);
    });
    CertificateContent content = documents.read(payload);
    if (content.certificateNumber() == null || content.certificateNumber().isBlank()) {
      throw new ReceivingRefused(Reason.INVALID_DOCUMENT, "The certificate has no number");
    }
    if (!from.country().equals(content.exportCountry())) {
      throw new ReceivingRefused(
          Reason.INVALID_CERTIFICATE, "A certificate for exports from " + content.exportCountry() + " cannot come from " + from.country());
    }
    return content;
  }
}
