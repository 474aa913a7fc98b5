package org.ecoportal.domain.model.clearance;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a broker writes on an import declaration, complete or not: a draft keeps whatever was
 * entered, submission checks every field first.
 *
 * @param declarationNumber the broker's reference for the declaration, unique within the tenant
 * @param agreementCode the trade agreement the preference is claimed under (e.g. {@code ECFA}), or {@code null}
 * @param invoiceReferences the commercial invoices the declaration names
 */
public record ImportDeclarationContent(
    String declarationNumber,
    String agreementCode,
    String importerIdentifier,
    String exporterName,
    String exporterIdentifier,
    LocalDate shipmentDate,
    List<String> invoiceReferences,
    List<Line> lines)
    implements Serializable {

  public ImportDeclarationContent {
    invoiceReferences = invoiceReferences == null ? List.of() : List.copyOf(invoiceReferences);
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** One declared goods line; any field but the number may still be missing on a draft. */
  public record Line(
      int lineNumber,
      String hsCode,
      String description,
      BigDecimal quantity,
      String unitCode,
      BigDecimal netWeightKg,
      boolean preferenceClaimed)
      implements Serializable {}

  /** The declaration as the matching engine reads it, for the certificate it quotes, submitted on {@code declaredOn}. */
  public ImportDeclarationData toData(String certificateNumber, LocalDate declaredOn) {
    Objects.requireNonNull(declarationNumber, "declarationNumber");
    return new ImportDeclarationData(
        declarationNumber, certificateNumber, importerIdentifier, exporterName, exporterIdentifier, declaredOn, shipmentDate,
        invoiceReferences,
        lines.stream()
            .map(l -> new ImportDeclarationData.Line(
                l.lineNumber(), l.hsCode(), l.description(), l.quantity(), l.unitCode(), l.netWeightKg(), l.preferenceClaimed()))
            .toList());
  }
}
