package org.ecoportal.interfaces.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.ItemLine;

/**
 * An application as the API takes it in JSON: the fields of the screen's form, goods lines as
 * {@link ItemLine}. Dates are ISO ({@code 2026-12-24}), codes as on the form.
 */
public record ApplicationRequest(
    UUID chamberId,
    String consigneeName,
    String consigneeAddress,
    String consigneeCountry,
    String consigneeIdentifier,
    String producerName,
    String agreementCode,
    Boolean preferential,
    String transportMode,
    String transportMeans,
    LocalDate departureDate,
    String loadingPort,
    String dischargePort,
    String transitCountry,
    String exportDeclarationNumber,
    String remarks,
    List<ItemLine> items) {

  ApplicationData toData() {
    return new ApplicationData(
        chamberId, consigneeName, consigneeAddress, consigneeCountry, consigneeIdentifier, producerName, agreementCode,
        preferential == null || preferential, transportMode == null ? "1" : transportMode, transportMeans, departureDate,
        loadingPort, dischargePort, transitCountry, remarks, items, exportDeclarationNumber);
  }
}
