package org.ecoportal.application;

import jakarta.ejb.ApplicationException;

/** No such thing for this caller: it does not exist, or it belongs to someone the caller may not see. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(what + " not found");
  }
}
