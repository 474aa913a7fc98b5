package org.ecoportal.infrastructure.reference;

/**
 * A UN/LOCODE location: its five-character code, its name, its subdivision (ISO 3166-2 without the
 * country, often empty) and its eight function flags as UN/LOCODE states them ("1" port, "2" rail,
 * "3" road, "4" airport, "5" postal exchange, "6" multimodal, "7" fixed transport, "B" border
 * crossing, "-" where a function does not apply).
 */
public record Location(String code, String name, String subdivision, String functions) {

  public String country() {
    return code.substring(0, 2);
  }

  public boolean isPort() {
    return functions.indexOf('1') >= 0;
  }

  public boolean isAirport() {
    return functions.indexOf('4') >= 0;
  }
}
