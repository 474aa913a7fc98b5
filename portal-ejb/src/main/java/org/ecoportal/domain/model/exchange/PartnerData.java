package org.ecoportal.domain.model.exchange;

import java.io.Serializable;
import java.util.Set;

/**
 * A partner economy as the administrator states it. {@code certificate} is the partner's signing
 * certificate as pasted or uploaded (PEM or DER); {@code null} or empty keeps the one already
 * trusted.
 */
public record PartnerData(
    String country, String name, String endpointUrl, String partyId, byte[] certificate, Set<ExchangeKind> documents, boolean active)
    implements Serializable {

  public PartnerData {
    documents = documents == null ? Set.of() : Set.copyOf(documents);
  }
}
