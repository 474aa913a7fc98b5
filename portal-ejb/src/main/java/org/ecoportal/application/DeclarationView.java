package org.ecoportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.ecoportal.domain.model.declaration.DeclarationData;
import org.ecoportal.domain.model.declaration.ExportDeclaration;

/** A recorded export declaration as screens show it; never a managed entity. */
public record DeclarationView(
    UUID id, DeclarationData data, String enteredBy, Instant enteredAt, String enteredThrough, long version) implements Serializable {

  public static DeclarationView of(ExportDeclaration declaration) {
    return new DeclarationView(
        declaration.id(), declaration.data(), declaration.enteredBy(), declaration.enteredAt(), declaration.enteredThrough().name(),
        declaration.version());
  }
}
