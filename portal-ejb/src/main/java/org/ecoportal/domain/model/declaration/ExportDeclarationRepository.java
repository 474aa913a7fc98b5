package org.ecoportal.domain.model.declaration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ecoportal.domain.model.tenant.Tenant;

/** Recorded export declarations; every lookup names the tenant, and no other tenant's declaration is ever found. */
public interface ExportDeclarationRepository {

  /**
   * Stores the declarations now; a number recorded meanwhile by someone else is refused as an
   * {@code InvalidInputException} on {@code declarationNumber}.
   */
  void addAll(List<ExportDeclaration> declarations);

  Optional<ExportDeclaration> find(Tenant tenant, UUID id);

  Optional<ExportDeclaration> ofNumber(Tenant tenant, String declarationNumber);

  boolean numberTaken(Tenant tenant, String declarationNumber);

  /**
   * The tenant's declarations, newest declaration date first; a blank or absent criterion matches
   * everything. Number and exporter identifier match in part and regardless of case.
   */
  List<ExportDeclaration> search(Tenant tenant, String number, String exporterIdentifier, LocalDate from, LocalDate to, int limit);
}
