package org.ecoportal.application.internal;

import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.ItemLine;
import org.ecoportal.domain.model.certificate.CertificateContent;

/**
 * Reads an application out of a UBL 2.1 {@code CertificateOfOrigin} document sent by an
 * exporter's software: what the certificate is to state, before the chamber numbers and signs it.
 */
final class UblApplications {

  private UblApplications() {}

  static ApplicationData data(CertificateContent content, UUID chamberId) {
    CertificateContent.Party consignee = content.consignee();
    CertificateContent.Transport transport = content.transport();
    List<ItemLine> items =
        content.items().stream()
            .map(i -> new ItemLine(
                i.hsCode(), i.description(), i.marks(), i.packageCount(), i.packageType(), i.quantity(), i.unitCode(),
                i.grossWeightKg(), i.netWeightKg(), i.originCriterion(), i.invoiceNumber(), i.invoiceDate(), i.invoiceValue(),
                i.currency()))
            .toList();
    return new ApplicationData(
        chamberId,
        consignee == null ? null : consignee.name(),
        consignee == null ? null : address(consignee),
        consignee == null ? content.importCountry() : consignee.countryCode(),
        consignee == null ? null : consignee.identifier(),
        content.producer() == null ? null : content.producer().name(),
        content.agreementCode(),
        content.preferential(),
        transport == null ? null : transport.mode(),
        transport == null ? null : transport.meansIdentifier(),
        transport == null ? null : transport.departureDate(),
        transport == null ? null : transport.loadingPort(),
        transport == null ? null : transport.dischargePort(),
        transport == null ? null : transport.transitCountry(),
        content.remarks(),
        items);
  }

  private static String address(CertificateContent.Party party) {
    String joined =
        java.util.stream.Stream.of(party.street(), party.postalCode(), party.city())
            .filter(s -> s != null && !s.isBlank())
            .collect(java.util.stream.Collectors.joining(", "));
    return joined.isEmpty() ? null : joined;
  }
}
