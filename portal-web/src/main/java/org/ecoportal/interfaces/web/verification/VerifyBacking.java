package org.ecoportal.interfaces.web.verification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.ecoportal.application.CertificateVerification;
import org.ecoportal.application.CertificateVerification.Result;

/**
 * Backs the public page {@code /site/public/verify.xhtml?number=…}, which the QR code on every
 * certificate points to. Keeps no session.
 */
@Named("verify")
@RequestScoped
public class VerifyBacking {

  @EJB private CertificateVerification verification;
  @Inject private HttpServletRequest request;

  private Optional<Result> result;

  public String getNumber() {
    String number = request.getParameter("number");
    return number == null ? "" : number.trim();
  }

  public boolean isAsked() {
    return !getNumber().isEmpty();
  }

  public Result getResult() {
    if (result == null) {
      result = isAsked() ? verification.verify(getNumber()) : Optional.empty();
    }
    return result.orElse(null);
  }

  /** {@code VALID}, {@code REPLACED}, {@code REVOKED} or {@code UNKNOWN}. */
  public String getVerdict() {
    Result r = getResult();
    return r == null ? "UNKNOWN" : r.status();
  }
}
