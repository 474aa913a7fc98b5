package org.ecoportal.domain.model.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything an issued certificate of origin states, as it is rendered into the UBL 2.1
 * {@code CertificateOfOrigin} document, the signed XML and the PDF. Immutable once issued.
 *
 * @param certificateNumber unique number in the issuing tenant's format, e.g. {@code KR-2026-000123}
 * @param replacesNumber number of the certificate this one replaces, or {@code null}
 * @param verificationUrl public page where anyone can check the certificate (encoded in the QR code)
 */
public record CertificateContent(
    String certificateNumber,
    LocalDate issueDate,
    Party issuingAuthority,
    Party exporter,
    Party producer,
    Party consignee,
    String exportCountry,
    String importCountry,
    String agreementCode,
    String agreementName,
    boolean preferential,
    Transport transport,
    List<Item> items,
    String remarks,
    String verificationUrl,
    String replacesNumber) {

  public CertificateContent {
    Objects.requireNonNull(certificateNumber, "certificateNumber");
    Objects.requireNonNull(issueDate, "issueDate");
    items = List.copyOf(items);
  }

  /** A party named on the certificate; {@code countryCode} is ISO 3166-1 alpha-2. */
  public record Party(
      String name, String identifier, String street, String city, String postalCode, String countryCode) {}

  /**
   * How the goods travel. Ports are UN/LOCODEs (e.g. {@code KRPUS}); {@code mode} is a UN/ECE
   * Rec. 19 transport mode code ({@code 1} sea, {@code 4} air, ...).
   */
  public record Transport(
      String mode,
      String meansIdentifier,
      LocalDate departureDate,
      String loadingPort,
      String dischargePort,
      String transitCountry) {}

  /** One goods line. {@code unitCode} is UN/ECE Rec. 20; weights in kilograms. */
  public record Item(
      int sequence,
      String hsCode,
      String description,
      String marks,
      int packageCount,
      String packageType,
      BigDecimal quantity,
      String unitCode,
      BigDecimal grossWeightKg,
      BigDecimal netWeightKg,
      String originCriterion,
      String invoiceNumber,
      LocalDate invoiceDate,
      BigDecimal invoiceValue,
      String currency) {}
}
