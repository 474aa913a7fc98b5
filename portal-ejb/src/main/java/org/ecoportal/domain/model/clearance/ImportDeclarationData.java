package org.ecoportal.domain.model.clearance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An import declaration as the matching engine reads it: what the broker declared, quoting the
 * e-CO it claims preference under.
 *
 * @param certificateNumber the e-CO number quoted on the declaration
 * @param declaredOn the day the declaration was submitted; the certificate must still be valid then
 * @param shipmentDate the day the goods were shipped, or {@code null} when the declaration does not
 *     say (the certificate's departure date stands in)
 * @param invoiceReferences the commercial invoices the declaration names
 */
public record ImportDeclarationData(
    String declarationNumber,
    String certificateNumber,
    String importerIdentifier,
    String exporterName,
    String exporterIdentifier,
    LocalDate declaredOn,
    LocalDate shipmentDate,
    List<String> invoiceReferences,
    List<Line> lines) {

  public ImportDeclarationData {
    Objects.requireNonNull(declarationNumber, "declarationNumber");
    Objects.requireNonNull(certificateNumber, "certificateNumber");
    Objects.requireNonNull(declaredOn, "declaredOn");
    invoiceReferences = invoiceReferences == null ? List.of() : List.copyOf(invoiceReferences);
    lines = List.copyOf(lines);
  }

  /**
   * One declared goods line. {@code hsCode} has at least six digits (dots and spaces allowed);
   * {@code unitCode} is UN/ECE Rec. 20; only lines that claim preference are matched against the
   * certificate.
   */
  public record Line(
      int lineNumber,
      String hsCode,
      String description,
      BigDecimal quantity,
      String unitCode,
      BigDecimal netWeightKg,
      boolean preferenceClaimed) {}
}
