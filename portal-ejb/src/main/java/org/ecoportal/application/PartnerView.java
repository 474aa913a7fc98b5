package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.PartnerCertificate;
import org.ecoportal.domain.model.exchange.TrustedIssuer;

/**
 * What screens show of a partner economy; never a managed entity. The certificate fields are
 * {@code null} while the partner's signing certificate is not yet trusted; {@code issuers} are the
 * certificates trusted to sign its certificates of origin.
 */
public record PartnerView(
    UUID id,
    long version,
    String country,
    String name,
    String endpointUrl,
    String partyId,
    Set<ExchangeKind> documents,
    boolean active,
    String certificateSubject,
    String certificateIssuer,
    Instant certificateNotBefore,
    Instant certificateNotAfter,
    List<Issuer> issuers)
    implements Serializable {

  public PartnerView {
    issuers = List.copyOf(issuers);
  }

  /**
   * A certificate trusted to sign the partner's certificates of origin.
   *
   * @param fingerprint SHA-256, upper-case hex pairs separated by colons, as {@code openssl x509 -fingerprint -sha256} shows it
   */
  public record Issuer(UUID id, String subject, String fingerprint, Instant notAfter, Instant addedAt, String addedBy)
      implements Serializable {

    static Issuer of(TrustedIssuer issuer) {
      String pairs = HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(issuer.fingerprint()));
      return new Issuer(issuer.id(), issuer.subject(), pairs, issuer.notAfter(), issuer.addedAt(), issuer.addedBy());
    }
  }

  public static PartnerView of(Partner partner) {
    PartnerCertificate certificate = partner.signingCertificate().orElse(null);
    return new PartnerView(
        partner.id(), partner.version(), partner.country(), partner.name(), partner.endpointUrl(), partner.partyId(),
        partner.documents(), partner.active(),
        certificate == null ? null : certificate.subject(),
        certificate == null ? null : certificate.issuer(),
        certificate == null ? null : certificate.notBefore(),
        certificate == null ? null : certificate.notAfter(),
        partner.issuers().stream().map(Issuer::of).toList());
  }

  /** Messages from the partner can be checked against a certificate the administrator trusts. */
  public boolean trusted() {
    return certificateSubject != null;
  }

  public boolean takes(ExchangeKind kind) {
    return documents.contains(kind);
  }
}
