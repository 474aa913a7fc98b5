package org.ecoportal.interfaces.web.certificates.usage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoportal.application.CertificateFeedback;
import org.ecoportal.application.CertificateFeedback.Entry;
import org.ecoportal.application.NotFoundException;

/**
 * Backs the include {@code certificate-usage.xhtml} (parameter {@code number}): what customs of the
 * importing economy decided on the certificate, for its exporter and its chamber. Read once per
 * certificate and request.
 */
@Named("certificateUsage")
@RequestScoped
public class CertificateUsageBacking {

  @EJB private CertificateFeedback feedback;

  private final Map<String, List<Entry>> read = new HashMap<>();

  /** The usage told about the certificate, oldest first; none for an unknown one. */
  public List<Entry> of(String number) {
    if (number == null || number.isBlank()) {
      return List.of();
    }
    return read.computeIfAbsent(number, n -> {
      try {
        return feedback.usage(n);
      } catch (NotFoundException e) {
        return List.of();
      }
    });
  }
}
