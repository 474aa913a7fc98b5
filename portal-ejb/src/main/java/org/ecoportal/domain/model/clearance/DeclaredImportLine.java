package org.ecoportal.domain.model.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One goods line of an import declaration as stored, with the certificate line matching paired it with. */
@Embeddable
public class DeclaredImportLine {

  @Column(name = "line_number", nullable = false)
  private int lineNumber;

  @Column(name = "hs_code", length = 12)
  private String hsCode;

  @Column(length = 500)
  private String description;

  @Column(precision = 18, scale = 3)
  private BigDecimal quantity;

  @Column(name = "unit_code", length = 3)
  private String unitCode;

  @Column(name = "net_weight_kg", precision = 18, scale = 3)
  private BigDecimal netWeightKg;

  @Column(name = "preference_claimed", nullable = false)
  private boolean preferenceClaimed;

  /** The certificate line ({@code sequence}) it was compared with at submission; {@code null} if none. */
  @Column(name = "certificate_line")
  private Integer certificateLine;

  protected DeclaredImportLine() {}

  DeclaredImportLine(ImportDeclarationContent.Line line) {
    this.lineNumber = line.lineNumber();
    this.hsCode = line.hsCode();
    this.description = line.description();
    this.quantity = line.quantity();
    this.unitCode = line.unitCode();
    this.netWeightKg = line.netWeightKg();
    this.preferenceClaimed = line.preferenceClaimed();
  }

  ImportDeclarationContent.Line toLine() {
    return new ImportDeclarationContent.Line(lineNumber, hsCode, description, quantity, unitCode, netWeightKg, preferenceClaimed);
  }

  int lineNumber() {
    return lineNumber;
  }

  void pairedWith(Integer certificateLine) {
    this.certificateLine = certificateLine;
  }

  public Integer certificateLine() {
    return certificateLine;
  }

  public BigDecimal quantity() {
    return quantity;
  }
}
