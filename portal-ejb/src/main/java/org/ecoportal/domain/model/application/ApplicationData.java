package org.ecoportal.domain.model.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the exporter states in an application, complete or not. Drafts keep whatever was typed;
 * {@link ApplicationRules} says what a submission needs.
 */
public record ApplicationData(
    UUID chamberId,
    String consigneeName,
    String consigneeAddress,
    String consigneeCountry,
    String consigneeIdentifier,
    String producerName,
    String agreementCode,
    boolean preferential,
    String transportMode,
    String transportMeans,
    LocalDate departureDate,
    String loadingPort,
    String dischargePort,
    String transitCountry,
    String remarks,
    List<ItemLine> items,
    String exportDeclarationNumber)
    implements Serializable {

  public ApplicationData {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** An application that does not quote its export declaration. */
  public ApplicationData(
      UUID chamberId, String consigneeName, String consigneeAddress, String consigneeCountry, String consigneeIdentifier,
      String producerName, String agreementCode, boolean preferential, String transportMode, String transportMeans,
      LocalDate departureDate, String loadingPort, String dischargePort, String transitCountry, String remarks, List<ItemLine> items) {
    this(chamberId, consigneeName, consigneeAddress, consigneeCountry, consigneeIdentifier, producerName, agreementCode, preferential,
        transportMode, transportMeans, departureDate, loadingPort, dischargePort, transitCountry, remarks, items, null);
  }

  /** The same application quoting export declaration {@code number}. */
  public ApplicationData withExportDeclaration(String number) {
    return new ApplicationData(chamberId, consigneeName, consigneeAddress, consigneeCountry, consigneeIdentifier, producerName, agreementCode,
        preferential, transportMode, transportMeans, departureDate, loadingPort, dischargePort, transitCountry, remarks, items, number);
  }

  /** An empty application. */
  public static ApplicationData blank() {
    return new ApplicationData(null, null, null, null, null, null, null, true, "1", null, null, null, null, null, null, List.of());
  }
}
