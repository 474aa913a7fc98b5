package org.ecoportal.application;

import java.util.UUID;
import org.ecoportal.domain.model.exchange.ExchangeKind;

/**
 * A message a sending node has claimed: where it goes and what it carries. {@code partnerCertificate}
 * (DER) is the certificate the partner's receipt must be signed with; {@code null} while none is trusted.
 */
public record OutgoingMessage(
    UUID id, String tenant, String messageId, UUID partnerId, String partnerCountry, String endpointUrl, String partyId,
    byte[] partnerCertificate, ExchangeKind kind, String reason, byte[] payload, int attempts) {}
