package org.ecoportal.domain.model.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One goods line of a recorded export declaration. */
@Embeddable
public class DeclaredGoods {

  @Column(name = "line_number", nullable = false)
  private int lineNumber;

  @Column(name = "hs_code", nullable = false, length = 6)
  private String hsCode;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(nullable = false, precision = 18, scale = 3)
  private BigDecimal quantity;

  @Column(name = "unit_code", nullable = false, length = 3)
  private String unitCode;

  @Column(name = "net_weight_kg", nullable = false, precision = 18, scale = 3)
  private BigDecimal netWeightKg;

  protected DeclaredGoods() {}

  DeclaredGoods(DeclarationLine line) {
    this.lineNumber = line.lineNumber();
    this.hsCode = line.hsCode();
    this.description = line.description();
    this.quantity = line.quantity();
    this.unitCode = line.unitCode();
    this.netWeightKg = line.netWeightKg();
  }

  DeclarationLine toLine() {
    return new DeclarationLine(lineNumber, hsCode, description, quantity, unitCode, netWeightKg);
  }
}
