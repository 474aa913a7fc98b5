package org.ecoportal.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.declaration.DeclarationData;

/**
 * A customs officer's work: recording the export declarations customs cleared, one by one or from a
 * file, and finding them again. Confined to the officer's own tenant.
 */
public interface ExportDeclarations {

  /**
   * Records one declaration typed on the customs screen. Every problem at once as an
   * {@code InvalidInputException}; nothing is stored then.
   */
  DeclarationView record(@NotNull(message = "A declaration is required") DeclarationData data);

  /** As {@link #record}, for a declaration that customs' own system sends through the API. */
  DeclarationView receive(@NotNull(message = "A declaration is required") DeclarationData data);

  /**
   * The tenant's declarations matching every given criterion (number and exporter identifier in
   * part; declaration date from/to, inclusive), newest first, at most {@code limit}.
   */
  List<DeclarationView> search(String number, String exporterIdentifier, LocalDate from, LocalDate to, int limit);

  DeclarationView open(@NotNull UUID id);

  /**
   * Records every declaration of a CSV file (see {@code DeclarationCsv}), or none: problems name the
   * row and column ({@code rows[3].hsCode}) or the {@code file}.
   */
  List<DeclarationView> importFile(String filename, @NotNull(message = "A file is required") byte[] content);
}
