package org.ecoportal.domain.model.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A goods line as typed by the exporter; may be incomplete while the application is a draft. */
public record ItemLine(
    String hsCode,
    String description,
    String marks,
    Integer packageCount,
    String packageType,
    BigDecimal quantity,
    String unitCode,
    BigDecimal grossWeightKg,
    BigDecimal netWeightKg,
    String originCriterion,
    String invoiceNumber,
    LocalDate invoiceDate,
    BigDecimal invoiceValue,
    String currency)
    implements Serializable {}
