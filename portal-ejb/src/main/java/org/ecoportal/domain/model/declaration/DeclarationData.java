package org.ecoportal.domain.model.declaration;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What customs states in an export declaration, complete or not; {@link DeclarationRules} says what
 * it needs to be recorded.
 */
public record DeclarationData(
    String declarationNumber,
    String clearanceReference,
    LocalDate declaredOn,
    String exporterIdentifier,
    String exporterName,
    String consigneeName,
    String consigneeCountry,
    List<DeclarationLine> lines)
    implements Serializable {

  public DeclarationData {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** An empty declaration with one empty goods line, for the entry screen. */
  public static DeclarationData blank() {
    return new DeclarationData(null, null, null, null, null, null, null, List.of(new DeclarationLine(1, null, null, null, null, null)));
  }

  /**
   * The same declaration with blanks as absent values, codes in capitals, HS codes without dots or
   * spaces, and lines without a number numbered by their position.
   */
  public DeclarationData normalised() {
    List<DeclarationLine> tidy =
        java.util.stream.IntStream.range(0, lines.size())
            .mapToObj(
                i -> {
                  DeclarationLine l = lines.get(i);
                  String hs = trim(l.hsCode());
                  return new DeclarationLine(
                      l.lineNumber() == null ? i + 1 : l.lineNumber(), hs == null ? null : hs.replaceAll("[.\\s]", ""),
                      trim(l.description()), l.quantity(), upper(l.unitCode()), l.netWeightKg());
                })
            .toList();
    return new DeclarationData(
        upper(declarationNumber), trim(clearanceReference), declaredOn, upper(exporterIdentifier), trim(exporterName),
        trim(consigneeName), upper(consigneeCountry), tidy);
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String upper(String value) {
    String trimmed = trim(value);
    return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
  }
}
