package org.ecoportal.domain.model.clearance;

/**
 * The rules a declaration is matched by. The constant names are stable codes: they are stored with
 * each result and written in tenant configuration files, so they are never renamed.
 */
public enum MatchRule {
  CERTIFICATE_EXISTS("the quoted certificate was received", false),
  SIGNATURE_VALID("the issuer's signature is valid", false),
  NOT_REVOKED("the issuer has not revoked the certificate", false),
  NOT_REPLACED("the issuer has not replaced the certificate", false),
  IMPORTER_MATCHES("the importer is the certificate's consignee", false),
  EXPORTER_MATCHES("the exporter is the certificate's exporter", false),
  INVOICE_MATCHES("the certificate's invoices are among those declared", true),
  ISSUED_BEFORE_SHIPMENT("the certificate was issued before or on the day of shipment", false),
  WITHIN_VALIDITY("the declaration was made within the certificate's validity", false),
  LINE_PAIRED("each declared line has a certificate line of its own", true),
  LINE_HS6("a declared line pairs only with a certificate line of the same 6-digit HS code", true),
  LINE_QUANTITY("declared and certificate quantities agree within the tolerance, in the same unit", true),
  LINE_WEIGHT("declared and certificate net weights agree within the tolerance", true),
  QUANTITY_NOT_EXHAUSTED("earlier declarations and this one together stay within the certificate quantity", true);

  private final String description;
  private final boolean perLine;

  MatchRule(String description, boolean perLine) {
    this.description = description;
    this.perLine = perLine;
  }

  /** What the rule asks, in English, for people reading a result or a configuration. */
  public String description() {
    return description;
  }

  /** Whether the rule looks at the declared lines one by one (its differences name a line). */
  public boolean perLine() {
    return perLine;
  }
}
