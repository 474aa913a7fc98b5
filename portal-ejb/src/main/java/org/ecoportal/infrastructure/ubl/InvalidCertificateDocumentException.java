package org.ecoportal.infrastructure.ubl;

import java.util.List;

/** A certificate of origin document that is not valid UBL 2.1; {@link #errors()} says why, one line each. */
public class InvalidCertificateDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> errors;

  public InvalidCertificateDocumentException(String message, List<String> errors) {
    super(message + ": " + String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
