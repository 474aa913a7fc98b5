package org.ecoportal.domain.model.declaration;

import java.io.Serializable;
import java.math.BigDecimal;

/** One goods line of an export declaration, as typed or read from a file; may be incomplete until checked. */
public record DeclarationLine(
    Integer lineNumber, String hsCode, String description, BigDecimal quantity, String unitCode, BigDecimal netWeightKg)
    implements Serializable {}
