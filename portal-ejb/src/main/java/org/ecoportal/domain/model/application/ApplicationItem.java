package org.ecoportal.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One goods line of an application. */
@Embeddable
public class ApplicationItem {

  @Column(name = "hs_code", length = 6)
  private String hsCode;

  @Column(length = 500)
  private String description;

  @Column(length = 200)
  private String marks;

  @Column(name = "package_count")
  private Integer packageCount;

  @Column(name = "package_type", length = 50)
  private String packageType;

  @Column(precision = 18, scale = 3)
  private BigDecimal quantity;

  @Column(name = "unit_code", length = 3)
  private String unitCode;

  @Column(name = "gross_weight_kg", precision = 18, scale = 3)
  private BigDecimal grossWeightKg;

  @Column(name = "net_weight_kg", precision = 18, scale = 3)
  private BigDecimal netWeightKg;

  @Column(name = "origin_criterion", length = 16)
  private String originCriterion;

  @Column(name = "invoice_number", length = 64)
  private String invoiceNumber;

  @Column(name = "invoice_date")
  private LocalDate invoiceDate;

  @Column(name = "invoice_value", precision = 18, scale = 2)
  private BigDecimal invoiceValue;

  @Column(length = 3)
  private String currency;

  protected ApplicationItem() {}

  public ApplicationItem(ItemLine line) {
    this.hsCode = line.hsCode();
    this.description = line.description();
    this.marks = line.marks();
    this.packageCount = line.packageCount();
    this.packageType = line.packageType();
    this.quantity = line.quantity();
    this.unitCode = line.unitCode();
    this.grossWeightKg = line.grossWeightKg();
    this.netWeightKg = line.netWeightKg();
    this.originCriterion = line.originCriterion();
    this.invoiceNumber = line.invoiceNumber();
    this.invoiceDate = line.invoiceDate();
    this.invoiceValue = line.invoiceValue();
    this.currency = line.currency();
  }

  public ItemLine toLine() {
    return new ItemLine(
        hsCode, description, marks, packageCount, packageType, quantity, unitCode, grossWeightKg,
        netWeightKg, originCriterion, invoiceNumber, invoiceDate, invoiceValue, currency);
  }
}
