package org.ecoportal.interfaces.web.verification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.ecoportal.application.CertificateVerification.DocumentCheck;
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
  private Part document;
  private DocumentCheck documentCheck;

  public Part getDocument() {
    return document;
  }

  public void setDocument(Part document) {
    this.document = document;
  }

  public DocumentCheck getDocumentCheck() {
    return documentCheck;
  }

  /** Checks the uploaded XML: reads at most one byte more than the check accepts. */
  public void checkDocument() throws IOException {
    byte[] content;
    if (document == null) {
      content = new byte[0];
    } else {
      try (InputStream in = document.getInputStream()) {
        content = in.readNBytes(CertificateVerification.MAX_DOCUMENT_BYTES + 1);
      }
    }
    documentCheck = verification.check(content);
  }

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
