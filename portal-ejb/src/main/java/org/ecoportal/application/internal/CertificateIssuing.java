package org.ecoportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.application.CertificateApplication;
import org.ecoportal.domain.model.application.ItemLine;
import org.ecoportal.domain.model.certificate.Certificate;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.certificate.CertificateDocument;
import org.ecoportal.domain.model.certificate.CertificateRepository;
import org.ecoportal.domain.model.organisation.Organisation;
import org.ecoportal.domain.model.organisation.OrganisationRepository;
import org.ecoportal.infrastructure.pdf.CertificatePdf;
import org.ecoportal.infrastructure.reference.ReferenceLookups;
import org.ecoportal.infrastructure.signing.ChamberKey;
import org.ecoportal.infrastructure.signing.ChamberSigningKeys;
import org.ecoportal.infrastructure.signing.SigningException;
import org.ecoportal.infrastructure.signing.XmlSigner;
import org.ecoportal.infrastructure.ubl.CertificateOfOriginDocument;

/**
 * Writes an issued certificate's documents in the issuing transaction: the content taken from the
 * application and the organisations it names, the UBL 2.1 document checked against the schema,
 * the chamber's XAdES signature, and the PDF with its QR code. Anything failing here fails the
 * approval as a whole: no certificate without its signed documents.
 */
@ApplicationScoped
public class CertificateIssuing {

  @Inject private OrganisationRepository organisations;
  @Inject private CertificateRepository certificates;
  @Inject private CertificateOfOriginDocument ubl;
  @Inject private XmlSigner signer;
  @Inject private CertificatePdf pdf;
  @Inject private ChamberSigningKeys keys;
  @Inject private ReferenceLookups reference;

  /** The public page a certificate's QR code opens. */
  public static String verificationUrl(String number) {
    String base = System.getProperty("portal.url", "http://localhost:8080").replaceAll("/+$", "");
    return base + "/site/public/verify.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
  }

  /** Writes, signs, renders and keeps the documents of a certificate just issued. */
  void issue(Certificate certificate, CertificateApplication application, String replacesNumber, Instant now) {
    Organisation chamber = organisation(application, application.chamberId());
    Organisation exporter = organisation(application, application.exporterId());
    CertificateContent content = content(certificate.number(), application, chamber, exporter, replacesNumber, now);
    byte[] xml = ubl.write(content);
    ChamberKey key = keys.of(chamber.identifier(), chamber.name(), chamber.country());
    byte[] signed = signer.sign(xml, key.privateKey(), key.chainArray());
    byte[] rendered = pdf.render(content);
    try {
      certificates.addDocument(new CertificateDocument(certificate.id(), signed, rendered, key.certificate().getEncoded(), now));
    } catch (CertificateEncodingException e) {
      throw new SigningException("The signing certificate of " + chamber.identifier() + " cannot be encoded", e);
    }
  }

  private Organisation organisation(CertificateApplication application, UUID id) {
    return organisations
        .find(application.tenant(), id)
        .orElseThrow(() -> new IllegalStateException("Organisation " + id + " of application " + application.reference() + " is gone"));
  }

  CertificateContent content(
      String number, CertificateApplication application, Organisation chamber, Organisation exporter, String replacesNumber, Instant now) {
    var data = application.data();
    var exporterParty = new CertificateContent.Party(exporter.name(), exporter.identifier(), null, null, null, exporter.country());
    var producer =
        data.producerName() == null || data.producerName().equals(exporter.name())
            ? exporterParty
            : new CertificateContent.Party(data.producerName(), null, null, null, null, exporter.country());
    var consignee =
        new CertificateContent.Party(
            data.consigneeName(), data.consigneeIdentifier(), data.consigneeAddress(), null, null, data.consigneeCountry());
    var transport =
        new CertificateContent.Transport(
            data.transportMode(), data.transportMeans(), data.departureDate(), data.loadingPort(), data.dischargePort(), data.transitCountry());
    List<CertificateContent.Item> items = new ArrayList<>();
    for (ItemLine line : data.items()) {
      items.add(
          new CertificateContent.Item(
              items.size() + 1, line.hsCode(), line.description(), line.marks(),
              line.packageCount() == null ? 0 : line.packageCount(), line.packageType(), line.quantity(), line.unitCode(),
              line.grossWeightKg(), line.netWeightKg(), line.originCriterion(), line.invoiceNumber(), line.invoiceDate(),
              line.invoiceValue(), line.currency()));
    }
    LocalDate issued = now.atZone(application.tenant().zone()).toLocalDate();
    return new CertificateContent(
        number, issued,
        new CertificateContent.Party(chamber.name(), chamber.identifier(), null, null, null, chamber.country()),
        exporterParty, producer, consignee, exporter.country(), data.consigneeCountry(), data.agreementCode(),
        reference.agreementName(data.agreementCode()), data.preferential(), transport, items, data.remarks(),
        verificationUrl(number), replacesNumber);
  }
}
