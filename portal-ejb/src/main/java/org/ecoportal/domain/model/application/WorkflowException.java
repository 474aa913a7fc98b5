package org.ecoportal.domain.model.application;

import jakarta.ejb.ApplicationException;

/**
 * A step the workflow does not allow now (wrong status, claimed by someone else, missing reason).
 * {@code messageKey} is a key of the portal's message bundle. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class WorkflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String argument;

  public WorkflowException(String messageKey) {
    this(messageKey, null);
  }

  public WorkflowException(String messageKey, String argument) {
    super(messageKey + (argument == null ? "" : " (" + argument + ")"));
    this.messageKey = messageKey;
    this.argument = argument;
  }

  public String messageKey() {
    return messageKey;
  }

  public String argument() {
    return argument;
  }
}
