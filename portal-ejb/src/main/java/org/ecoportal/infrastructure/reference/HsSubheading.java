package org.ecoportal.infrastructure.reference;

/** A six-digit subheading of the Harmonized System with its English description. */
public record HsSubheading(String code, String description) {

  /** The four-digit heading the subheading belongs to. */
  public String heading() {
    return code.substring(0, 4);
  }

  /** The two-digit chapter the subheading belongs to. */
  public String chapter() {
    return code.substring(0, 2);
  }
}
