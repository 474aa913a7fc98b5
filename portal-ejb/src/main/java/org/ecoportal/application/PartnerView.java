package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.ecoportal.domain.model.exchange.ExchangeKind;
import org.ecoportal.domain.model.exchange.Partner;
import org.ecoportal.domain.model.exchange.PartnerCertificate;

/**
 * What screens show of a partner economy; never a managed entity. The certificate fields are
 * {@code null} while the partner's signing certificate is not yet trusted.
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
    Instant certificateNotAfter)
    implements Serializable {

  public static PartnerView of(Partner partner) {
    PartnerCertificate certificate = partner.signingCertificate().orElse(null);
    return new PartnerView(
        partner.id(), partner.version(), partner.country(), partner.name(), partner.endpointUrl(), partner.partyId(),
        partner.documents(), partner.active(),
        certificate == null ? null : certificate.subject(),
        certificate == null ? null : certificate.issuer(),
        certificate == null ? null : certificate.notBefore(),
        certificate == null ? null : certificate.notAfter());
  }

  /** Messages from the partner can be checked against a certificate the administrator trusts. */
  public boolean trusted() {
    return certificateSubject != null;
  }

  public boolean takes(ExchangeKind kind) {
    return documents.contains(kind);
  }
}
