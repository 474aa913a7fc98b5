package org.ecoportal.infrastructure.signing;

/** A document could not be signed, or a chamber's signing key could not be had. */
public class SigningException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SigningException(String message) {
    super(message);
  }

  public SigningException(String message, Throwable cause) {
    super(message, cause);
  }
}
