package org.ecoportal.it.browser;

/** Agreement codes of the reference data, as the tests type them. */
final class ApplicationAgreements {
  /** The New Zealand–Korea free trade agreement. */
  static final String NZ_KR = "KR-NZ-FTA";

  private ApplicationAgreements() {}
}
