package org.ecoportal.domain.model.clearance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.ecoportal.domain.model.certificate.CertificateContent;

/**
 * A received certificate with what the importing side knows about it besides its content.
 *
 * @param signatureValid whether the issuer's signature checked out when the certificate arrived
 * @param usedQuantities per certificate line ({@link CertificateContent.Item#sequence()}), the
 *     quantity earlier cleared declarations already took; a missing line took nothing
 */
public record CertificateOnRecord(
    CertificateContent content, boolean signatureValid, CertificateState state, Map<Integer, BigDecimal> usedQuantities) {

  public CertificateOnRecord {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(state, "state");
    usedQuantities = usedQuantities == null ? Map.of() : Map.copyOf(usedQuantities);
  }

  /** The quantity of certificate line {@code sequence} already used by earlier declarations. */
  public BigDecimal usedQuantity(int sequence) {
    return usedQuantities.getOrDefault(sequence, BigDecimal.ZERO);
  }
}
