package org.ecoportal.application;

import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.exchange.PartnerData;

/**
 * The partner economies of the caller's tenant, for its administrators: where its certificates go,
 * and whose signatures it trusts. An id of another tenant's partner is answered as not found.
 */
public interface PartnerDirectory {

  /** The tenant's partners, by economy. */
  List<PartnerView> partners();

  PartnerView partner(UUID id);

  /** Adds a partner economy; refused with a problem per field, nothing stored. */
  PartnerView add(PartnerData data);

  /**
   * Restates a partner as the administrator saw it at {@code version}; a certificate given replaces
   * the trusted one, none keeps it. The economy itself does not change.
   */
  PartnerView update(UUID id, long version, PartnerData data);

  /**
   * Trusts a certificate (PEM or DER) to sign the partner's certificates of origin: a chamber's own,
   * or a CA certificate that issued the chambers'. Refused with a problem on field {@code issuerFile}
   * when it is no X.509 certificate, not valid now, or trusted already; nothing stored.
   */
  PartnerView trustIssuer(UUID partnerId, byte[] certificate);

  /** No longer trusts the issuer: what it signed, or a certificate it issued, is refused from now on. */
  PartnerView distrustIssuer(UUID partnerId, UUID issuerId);
}
