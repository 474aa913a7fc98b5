package org.ecoportal.interfaces.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent;

/**
 * An import declaration as a broker's software sends it in JSON: the fields of the screen's form.
 * Dates are ISO ({@code 2026-12-24}). {@code caseId} names the import case when creating;
 * {@code submit} asks to submit the new draft at once; {@code version} is quoted when revising.
 */
public record ImportDeclarationRequest(
    UUID caseId,
    Boolean submit,
    Long version,
    String declarationNumber,
    String agreementCode,
    String importerIdentifier,
    String exporterName,
    String exporterIdentifier,
    LocalDate shipmentDate,
    List<String> invoiceReferences,
    List<Line> lines) {

  /** One goods line; {@code lineNumber} defaults to its place in the list (1, 2, ...). */
  public record Line(
      Integer lineNumber, String hsCode, String description, BigDecimal quantity, String unitCode, BigDecimal netWeightKg,
      Boolean preferenceClaimed) {}

  ImportDeclarationContent toContent() {
    List<Line> given = lines == null ? List.of() : lines;
    List<ImportDeclarationContent.Line> content = new java.util.ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Line l = given.get(i);
      if (l == null) {
        continue;
      }
      content.add(new ImportDeclarationContent.Line(l.lineNumber() == null ? i + 1 : l.lineNumber(), l.hsCode(), l.description(),
          l.quantity(), l.unitCode(), l.netWeightKg(), l.preferenceClaimed() == null || l.preferenceClaimed()));
    }
    return new ImportDeclarationContent(declarationNumber, agreementCode, importerIdentifier, exporterName, exporterIdentifier,
        shipmentDate, invoiceReferences, content);
  }
}
