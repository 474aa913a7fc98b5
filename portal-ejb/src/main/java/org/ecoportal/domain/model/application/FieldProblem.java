package org.ecoportal.domain.model.application;

import java.io.Serializable;

/**
 * Something wrong with one field of an application. {@code field} names the field (e.g.
 * {@code consigneeName}, {@code items[2].hsCode}); {@code messageKey} is a key of the portal's
 * message bundle; {@code argument} fills its placeholder, if any.
 */
public record FieldProblem(String field, String messageKey, String argument) implements Serializable {

  public FieldProblem(String field, String messageKey) {
    this(field, messageKey, null);
  }
}
