package org.ecoportal.infrastructure.ubl;

import com.helger.datetime.xml.XMLOffsetDate;
import com.helger.ubl21.UBL21Marshaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import oasis.names.specification.ubl.schema.xsd.certificateoforigin_21.CertificateOfOriginType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AirTransportType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AttachmentType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CertificateOfOriginApplicationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CommodityClassificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ConsignmentType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.EndorsementType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.EndorserPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ExternalReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.GoodsItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.LocationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MaritimeTransportType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PackageType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ShipmentStageType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ShipmentType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SignatureType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TransportEventType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TransportHandlingUnitType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TransportMeansType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.DescriptionType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.DocumentDescriptionType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.RemarksType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.ShippingMarksType;
import oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.TextType;
import org.ecoportal.domain.model.certificate.CertificateContent;
import org.ecoportal.domain.model.certificate.CertificateContent.Item;
import org.ecoportal.domain.model.certificate.CertificateContent.Party;
import org.ecoportal.domain.model.certificate.CertificateContent.Transport;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Writes a certificate's content as a UBL 2.1 {@code CertificateOfOrigin} document (UTF-8), checks
 * documents against the official schema and reads them back into the content they state.
 *
 * <p>Where the content goes:
 *
 * <ul>
 *   <li>{@code cbc:ID} and {@code cbc:IssueDate}: number and issue date; a {@code cac:Signature}
 *       announces the chamber's enveloped XAdES signature (UBL 2.1 signature conventions).
 *   <li>{@code cac:ExporterParty}, {@code cac:ImporterParty} (the consignee), the producer as each
 *       item's {@code cac:ManufacturerParty}; the chamber as issuer, endorser and
 *       {@code cac:IssuerEndorsement}.
 *   <li>{@code cbc:CertificateType} says "Preferential" or "Non-preferential"; the agreement is a
 *       supporting document reference (its code as ID, its name as description), as are the
 *       replaced certificate (UN/CEFACT 1001 code 861) and the public verification page.
 *   <li>The shipment: export country, destination and transit countries on the consignment, one
 *       stage with transport mode, means, UN/LOCODE ports and the planned departure date; one
 *       goods item per line (HS code with {@code listID="HS"}, packages, quantity, weights in KGM,
 *       origin criterion, value and the commercial invoice as a document reference, code 380);
 *       each line's shipping marks on a transport handling unit with the line's number as ID.
 * </ul>
 */
@ApplicationScoped
public class CertificateOfOriginDocument {

  private static final Logger LOG = Logger.getLogger(CertificateOfOriginDocument.class.getName());

  /** Identifies the chamber's signature; the signer refers to it from the document's extension. */
  public static final String SIGNATURE_ID = "urn:oasis:names:specification:ubl:signature:CertificateOfOrigin";

  /** UBL 2.1's name for an enveloped XAdES signature carried in the document's extension. */
  public static final String SIGNATURE_METHOD = "urn:oasis:names:specification:ubl:dsig:enveloped:xades";

  static final String CUSTOMIZATION_ID = "urn:ecoportal:certificate-of-origin:1.0";
  static final String PREFERENTIAL = "Preferential";
  static final String NON_PREFERENTIAL = "Non-preferential";
  static final String AGREEMENT = "Trade agreement";
  static final String REPLACED_CERTIFICATE = "Replaced certificate of origin";
  static final String VERIFICATION_PAGE = "Verification page";
  static final String COMMERCIAL_INVOICE = "Commercial invoice";

  private static final String INVOICE_CODE = "380";
  private static final String CERTIFICATE_OF_ORIGIN_CODE = "861";
  private static final String KILOGRAM = "KGM";
  private static final String HS = "HS";
  private static final String LOCODE = "UN/LOCODE";
  private static final String COUNTRY_LIST = "ISO3166-1:Alpha2";
  private static final String TRANSPORT_MODE_LIST = "UN/ECE Rec 19";
  private static final String SEA = "1";
  private static final String AIR = "4";
  private static final String ISSUER_ROLE = "Issuer";
  private static final String REPLACEMENT = "Replacement";
  private static final int MAX_ERRORS = 50;

  /** The compiled schema set is large and immutable: build it once. */
  private static final class SchemaHolder {
    static final Schema SCHEMA = UBL21Marshaller.certificateOfOrigin().getSchema();
  }

  /** The content as UBL 2.1 XML, UTF-8, checked against the schema while it is written. */
  public byte[] write(CertificateContent content) {
    Objects.requireNonNull(content, "content");
    List<String> problems = new ArrayList<>();
    byte[] xml =
        UBL21Marshaller.certificateOfOrigin()
            .setFormattedOutput(true)
            .setValidationEventHandler(
                event -> {
                  problems.add(describe(event));
                  return true;
                })
            .getAsBytes(toUbl(content));
    if (xml == null && problems.isEmpty()) {
      problems.add("The document could not be written (see the server log)");
    }
    if (!problems.isEmpty()) {
      throw new InvalidCertificateDocumentException(
          "Certificate " + content.certificateNumber() + " does not make a valid UBL 2.1 document", problems);
    }
    LOG.fine(() -> "Certificate " + content.certificateNumber() + " written as UBL, " + xml.length + " bytes");
    return xml;
  }

  /**
   * Checks a document against the UBL 2.1 {@code CertificateOfOrigin} schema. Returns one readable
   * line per problem ("Line 12, column 7: …"), or an empty list when the document is valid. Never
   * throws for bad input: malformed XML, a DOCTYPE or an empty document are problems like others.
   */
  public List<String> validate(byte[] xml) {
    if (xml == null || xml.length == 0) {
      return List.of("The document is empty");
    }
    List<String> errors = new ArrayList<>();
    try {
      Validator validator = SchemaHolder.SCHEMA.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new CollectingErrors(errors));
      validator.validate(new SAXSource(secureReader(), new InputSource(new ByteArrayInputStream(xml))));
    } catch (SAXParseException stopped) {
      // Reported through the handler already, unless the reader itself refused (e.g. a DOCTYPE).
      String line = describe(stopped);
      if (!errors.contains(line)) {
        errors.add(line);
      }
    } catch (SAXException | IOException | ParserConfigurationException e) {
      errors.add("The document could not be read: " + e.getMessage());
    }
    return errors.size() > MAX_ERRORS ? List.copyOf(errors.subList(0, MAX_ERRORS)) : errors;
  }

  /**
   * Reads a valid document (signed or not) back into the content it states.
   *
   * @throws InvalidCertificateDocumentException when the document is not valid UBL 2.1
   */
  public CertificateContent read(byte[] xml) {
    List<String> errors = validate(xml);
    if (!errors.isEmpty()) {
      throw new InvalidCertificateDocumentException("Not a valid UBL 2.1 certificate of origin", errors);
    }
    CertificateOfOriginType document;
    try {
      document = UBL21Marshaller.certificateOfOrigin().setUseSchema(false).read(parse(xml));
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new InvalidCertificateDocumentException("Not a valid UBL 2.1 certificate of origin", List.of(e.getMessage()));
    }
    if (document == null) {
      throw new InvalidCertificateDocumentException(
          "Not a valid UBL 2.1 certificate of origin", List.of("The document could not be read (see the server log)"));
    }
    return fromUbl(document);
  }

  // ---- content -> UBL ----

  private static CertificateOfOriginType toUbl(CertificateContent c) {
    CertificateOfOriginType doc = new CertificateOfOriginType();
    doc.setUBLVersionID("2.1");
    doc.setCustomizationID(CUSTOMIZATION_ID);
    doc.setID(c.certificateNumber());
    doc.setIssueDate(c.issueDate());
    doc.addDescription(new DescriptionType("Certificate of Origin"));
    if (c.replacesNumber() != null) {
      doc.addNote(new NoteType("Replaces certificate of origin " + c.replacesNumber()));
    }
    doc.addSignature(signature(c.issuingAuthority()));
    if (c.exporter() != null) {
      doc.setExporterParty(party(c.exporter()));
    }
    if (c.consignee() != null) {
      doc.setImporterParty(party(c.consignee()));
    }
    doc.setCertificateOfOriginApplication(application(c));
    EndorsementType endorsement = new EndorsementType();
    endorsement.setDocumentID(c.certificateNumber());
    endorsement.setApprovalStatus("Issued");
    endorsement.setEndorserParty(endorser(c.issuingAuthority()));
    doc.setIssuerEndorsement(endorsement);
    return doc;
  }

  private static SignatureType signature(Party chamber) {
    SignatureType signature = new SignatureType();
    signature.setID(SIGNATURE_ID);
    signature.setSignatureMethod(SIGNATURE_METHOD);
    signature.setSignatoryParty(party(chamber));
    return signature;
  }

  private static CertificateOfOriginApplicationType application(CertificateContent c) {
    CertificateOfOriginApplicationType application = new CertificateOfOriginApplicationType();
    application.setReferenceID(c.certificateNumber());
    application.setCertificateType(c.preferential() ? PREFERENTIAL : NON_PREFERENTIAL);
    if (c.replacesNumber() != null) {
      application.setApplicationStatusCode(REPLACEMENT);
    }
    application.setOriginalJobID(c.certificateNumber());
    if (c.replacesNumber() != null) {
      application.setPreviousJobID(c.replacesNumber());
    }
    if (c.remarks() != null) {
      application.addRemarks(new RemarksType(c.remarks()));
    }
    application.setShipment(shipment(c));
    application.addEndorserParty(endorser(c.issuingAuthority()));
    application.setPreparationParty(party(c.exporter()));
    application.setIssuerParty(party(c.issuingAuthority()));
    String issuingCountry = c.issuingAuthority() != null && c.issuingAuthority().countryCode() != null
        ? c.issuingAuthority().countryCode()
        : c.exportCountry();
    application.setIssuingCountry(country(issuingCountry));
    if (c.agreementCode() != null) {
      DocumentReferenceType agreement = new DocumentReferenceType();
      agreement.setID(c.agreementCode());
      agreement.setDocumentType(AGREEMENT);
      if (c.agreementName() != null) {
        agreement.addDocumentDescription(new DocumentDescriptionType(c.agreementName()));
      }
      application.addSupportingDocumentReference(agreement);
    }
    if (c.replacesNumber() != null) {
      DocumentReferenceType replaced = new DocumentReferenceType();
      replaced.setID(c.replacesNumber());
      replaced.setDocumentTypeCode(CERTIFICATE_OF_ORIGIN_CODE);
      replaced.setDocumentType(REPLACED_CERTIFICATE);
      application.addSupportingDocumentReference(replaced);
    }
    if (c.verificationUrl() != null) {
      DocumentReferenceType page = new DocumentReferenceType();
      page.setID(c.certificateNumber());
      page.setDocumentType(VERIFICATION_PAGE);
      ExternalReferenceType link = new ExternalReferenceType();
      link.setURI(c.verificationUrl());
      AttachmentType attachment = new AttachmentType();
      attachment.setExternalReference(link);
      page.setAttachment(attachment);
      application.addSupportingDocumentReference(page);
    }
    return application;
  }

  private static ShipmentType shipment(CertificateContent c) {
    ShipmentType shipment = new ShipmentType();
    shipment.setID(c.certificateNumber());
    BigDecimal gross = total(c.items(), Item::grossWeightKg);
    if (gross != null) {
      shipment.setGrossWeightMeasure(gross).setUnitCode(KILOGRAM);
    }
    BigDecimal net = total(c.items(), Item::netWeightKg);
    if (net != null) {
      shipment.setNetWeightMeasure(net).setUnitCode(KILOGRAM);
    }
    shipment.setTotalGoodsItemQuantity(BigDecimal.valueOf(c.items().size()));

    ConsignmentType consignment = new ConsignmentType();
    consignment.setID(c.certificateNumber());
    if (c.consignee() != null) {
      consignment.setConsigneeParty(party(c.consignee()));
    }
    if (c.exportCountry() != null) {
      consignment.setOriginalDepartureCountry(country(c.exportCountry()));
    }
    if (c.importCountry() != null) {
      consignment.setFinalDestinationCountry(country(c.importCountry()));
    }
    if (c.transport() != null && c.transport().transitCountry() != null) {
      consignment.addTransitCountry(country(c.transport().transitCountry()));
    }
    shipment.addConsignment(consignment);

    for (Item item : c.items()) {
      shipment.addGoodsItem(goodsItem(item, c.exportCountry(), c.producer()));
      if (item.marks() != null) {
        TransportHandlingUnitType unit = new TransportHandlingUnitType();
        unit.setID(String.valueOf(item.sequence()));
        unit.addShippingMarks(new ShippingMarksType(item.marks()));
        unit.setTotalPackageQuantity(BigDecimal.valueOf(item.packageCount()));
        shipment.addTransportHandlingUnit(unit);
      }
    }
    if (c.transport() != null) {
      shipment.addShipmentStage(stage(c.transport()));
    }
    if (c.exportCountry() != null) {
      shipment.setExportCountry(country(c.exportCountry()));
    }
    return shipment;
  }

  private static GoodsItemType goodsItem(Item line, String originCountry, Party producer) {
    GoodsItemType goods = new GoodsItemType();
    goods.setID(String.valueOf(line.sequence()));
    if (line.description() != null) {
      goods.addDescription(new DescriptionType(line.description()));
    }
    if (line.invoiceValue() != null) {
      goods.setValueAmount(line.invoiceValue()).setCurrencyID(line.currency());
    }
    if (line.grossWeightKg() != null) {
      goods.setGrossWeightMeasure(line.grossWeightKg()).setUnitCode(KILOGRAM);
    }
    if (line.netWeightKg() != null) {
      goods.setNetWeightMeasure(line.netWeightKg()).setUnitCode(KILOGRAM);
    }
    if (line.quantity() != null) {
      goods.setQuantity(line.quantity()).setUnitCode(line.unitCode());
    }
    if (line.originCriterion() != null) {
      goods.setPreferenceCriterionCode(line.originCriterion());
    }

    ItemType item = new ItemType();
    if (originCountry != null) {
      item.setOriginCountry(country(originCountry));
    }
    if (line.hsCode() != null) {
      CommodityClassificationType classification = new CommodityClassificationType();
      classification.setItemClassificationCode(line.hsCode()).setListID(HS);
      item.addCommodityClassification(classification);
    }
    if (producer != null) {
      item.addManufacturerParty(party(producer));
    }
    goods.addItem(item);

    PackageType packages = new PackageType();
    packages.setID(String.valueOf(line.sequence()));
    packages.setQuantity(BigDecimal.valueOf(line.packageCount()));
    if (line.packageType() != null) {
      packages.setPackagingTypeCode(line.packageType());
    }
    goods.addContainingPackage(packages);

    if (line.invoiceNumber() != null) {
      DocumentReferenceType invoice = new DocumentReferenceType();
      invoice.setID(line.invoiceNumber());
      if (line.invoiceDate() != null) {
        invoice.setIssueDate(line.invoiceDate());
      }
      invoice.setDocumentTypeCode(INVOICE_CODE);
      invoice.setDocumentType(COMMERCIAL_INVOICE);
      goods.setShipmentDocumentReference(invoice);
    }
    return goods;
  }

  private static ShipmentStageType stage(Transport transport) {
    ShipmentStageType stage = new ShipmentStageType();
    stage.setID("1");
    if (transport.mode() != null) {
      stage.setTransportModeCode(transport.mode()).setListID(TRANSPORT_MODE_LIST);
    }
    if (transport.meansIdentifier() != null) {
      stage.setTransportMeans(means(transport.mode(), transport.meansIdentifier()));
    }
    if (transport.loadingPort() != null) {
      stage.setLoadingPortLocation(port(transport.loadingPort()));
    }
    if (transport.dischargePort() != null) {
      stage.setUnloadingPortLocation(port(transport.dischargePort()));
    }
    if (transport.departureDate() != null) {
      TransportEventType departure = new TransportEventType();
      departure.setOccurrenceDate(transport.departureDate());
      stage.setPlannedDepartureTransportEvent(departure);
    }
    return stage;
  }

  /** A vessel or aircraft goes where UBL has a field for it; other means by their journey. */
  private static TransportMeansType means(String mode, String identifier) {
    TransportMeansType means = new TransportMeansType();
    if (SEA.equals(mode)) {
      MaritimeTransportType vessel = new MaritimeTransportType();
      vessel.setVesselName(identifier);
      means.setMaritimeTransport(vessel);
    } else if (AIR.equals(mode)) {
      AirTransportType aircraft = new AirTransportType();
      aircraft.setAircraftID(identifier);
      means.setAirTransport(aircraft);
    } else {
      means.setJourneyID(identifier);
    }
    return means;
  }

  private static LocationType port(String unlocode) {
    LocationType port = new LocationType();
    port.setID(unlocode).setSchemeID(LOCODE);
    return port;
  }

  private static EndorserPartyType endorser(Party chamber) {
    EndorserPartyType endorser = new EndorserPartyType();
    endorser.setRoleCode(ISSUER_ROLE);
    endorser.setSequenceNumeric(BigDecimal.ONE);
    endorser.setParty(party(chamber));
    ContactType contact = new ContactType();
    if (chamber != null && chamber.name() != null) {
      contact.setName(chamber.name());
    }
    endorser.setSignatoryContact(contact);
    return endorser;
  }

  /** A party; an absent one becomes an empty party where UBL requires the element. */
  private static PartyType party(Party p) {
    PartyType party = new PartyType();
    if (p == null) {
      return party;
    }
    if (p.identifier() != null) {
      PartyIdentificationType id = new PartyIdentificationType();
      id.setID(p.identifier());
      party.addPartyIdentification(id);
    }
    if (p.name() != null) {
      PartyNameType name = new PartyNameType();
      name.setName(p.name());
      party.addPartyName(name);
    }
    if (p.street() != null || p.city() != null || p.postalCode() != null || p.countryCode() != null) {
      AddressType address = new AddressType();
      if (p.street() != null) {
        address.setStreetName(p.street());
      }
      if (p.city() != null) {
        address.setCityName(p.city());
      }
      if (p.postalCode() != null) {
        address.setPostalZone(p.postalCode());
      }
      if (p.countryCode() != null) {
        address.setCountry(country(p.countryCode()));
      }
      party.setPostalAddress(address);
    }
    return party;
  }

  private static CountryType country(String alpha2) {
    CountryType country = new CountryType();
    if (alpha2 != null) {
      country.setIdentificationCode(alpha2).setListID(COUNTRY_LIST);
    }
    return country;
  }

  /** The sum, or {@code null} when a line does not state the figure. */
  private static BigDecimal total(List<Item> items, Function<Item, BigDecimal> figure) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Item item : items) {
      BigDecimal value = figure.apply(item);
      if (value == null) {
        return null;
      }
      sum = sum.add(value);
    }
    return items.isEmpty() ? null : sum;
  }

  // ---- UBL -> content ----

  private static CertificateContent fromUbl(CertificateOfOriginType doc) {
    CertificateOfOriginApplicationType application = doc.getCertificateOfOriginApplication();
    ShipmentType shipment = application.getShipment();
    ConsignmentType consignment = shipment.getConsignment().isEmpty() ? null : shipment.getConsignment().get(0);

    String agreementCode = null;
    String agreementName = null;
    String replaces = null;
    String verificationUrl = null;
    for (DocumentReferenceType reference : application.getSupportingDocumentReference()) {
      String type = reference.getDocumentTypeValue();
      if (AGREEMENT.equals(type)) {
        agreementCode = reference.getIDValue();
        agreementName = firstText(reference.getDocumentDescription());
      } else if (REPLACED_CERTIFICATE.equals(type)) {
        replaces = reference.getIDValue();
      } else if (VERIFICATION_PAGE.equals(type)
          && reference.getAttachment() != null
          && reference.getAttachment().getExternalReference() != null) {
        verificationUrl = reference.getAttachment().getExternalReference().getURIValue();
      }
    }

    Party producer = null;
    Map<String, String> marks = new HashMap<>();
    for (TransportHandlingUnitType unit : shipment.getTransportHandlingUnit()) {
      marks.put(unit.getIDValue(), firstText(unit.getShippingMarks()));
    }
    List<Item> items = new ArrayList<>();
    for (GoodsItemType goods : shipment.getGoodsItem()) {
      ItemType item = goods.getItem().isEmpty() ? null : goods.getItem().get(0);
      if (producer == null && item != null && !item.getManufacturerParty().isEmpty()) {
        producer = party(item.getManufacturerParty().get(0));
      }
      items.add(item(goods, item, marks.get(goods.getIDValue())));
    }

    String exportCountry = shipment.getExportCountry() != null ? code(shipment.getExportCountry()) : null;
    String importCountry =
        consignment != null && consignment.getFinalDestinationCountry() != null
            ? code(consignment.getFinalDestinationCountry())
            : null;
    String transitCountry =
        consignment != null && !consignment.getTransitCountry().isEmpty()
            ? code(consignment.getTransitCountry().get(0))
            : null;

    return new CertificateContent(
        doc.getIDValue(),
        date(doc.getIssueDateValue()),
        party(application.getIssuerParty()),
        party(doc.getExporterParty()),
        producer,
        party(doc.getImporterParty()),
        exportCountry,
        importCountry,
        agreementCode,
        agreementName,
        PREFERENTIAL.equals(application.getCertificateTypeValue()),
        transport(shipment.getShipmentStage().isEmpty() ? null : shipment.getShipmentStage().get(0), transitCountry),
        items,
        firstText(application.getRemarks()),
        verificationUrl,
        replaces);
  }

  private static Item item(GoodsItemType goods, ItemType item, String marks) {
    String hsCode = null;
    if (item != null) {
      hsCode =
          item.getCommodityClassification().stream()
              .map(CommodityClassificationType::getItemClassificationCode)
              .filter(code -> code != null && HS.equals(code.getListID()))
              .map(code -> code.getValue())
              .findFirst()
              .orElse(null);
    }
    PackageType packages = goods.getContainingPackage().isEmpty() ? null : goods.getContainingPackage().get(0);
    BigDecimal packageCount = packages != null ? packages.getQuantityValue() : null;
    DocumentReferenceType invoice = goods.getShipmentDocumentReference();
    return new Item(
        Integer.parseInt(goods.getIDValue()),
        hsCode,
        firstText(goods.getDescription()),
        marks,
        packageCount != null ? packageCount.intValueExact() : 0,
        packages != null ? packages.getPackagingTypeCodeValue() : null,
        goods.getQuantityValue(),
        goods.getQuantity() != null ? goods.getQuantity().getUnitCode() : null,
        goods.getGrossWeightMeasureValue(),
        goods.getNetWeightMeasureValue(),
        goods.getPreferenceCriterionCodeValue(),
        invoice != null ? invoice.getIDValue() : null,
        invoice != null ? date(invoice.getIssueDateValue()) : null,
        goods.getValueAmountValue(),
        goods.getValueAmount() != null ? goods.getValueAmount().getCurrencyID() : null);
  }

  private static Transport transport(ShipmentStageType stage, String transitCountry) {
    if (stage == null) {
      return transitCountry == null ? null : new Transport(null, null, null, null, null, transitCountry);
    }
    String means = null;
    TransportMeansType transportMeans = stage.getTransportMeans();
    if (transportMeans != null) {
      if (transportMeans.getMaritimeTransport() != null) {
        means = transportMeans.getMaritimeTransport().getVesselNameValue();
      } else if (transportMeans.getAirTransport() != null) {
        means = transportMeans.getAirTransport().getAircraftIDValue();
      } else {
        means = transportMeans.getJourneyIDValue();
      }
    }
    return new Transport(
        stage.getTransportModeCodeValue(),
        means,
        stage.getPlannedDepartureTransportEvent() != null
            ? date(stage.getPlannedDepartureTransportEvent().getOccurrenceDateValue())
            : null,
        stage.getLoadingPortLocation() != null ? stage.getLoadingPortLocation().getIDValue() : null,
        stage.getUnloadingPortLocation() != null ? stage.getUnloadingPortLocation().getIDValue() : null,
        transitCountry);
  }

  /** The party, or {@code null} when the document names nobody there. */
  private static Party party(PartyType party) {
    if (party == null) {
      return null;
    }
    String identifier = party.getPartyIdentification().isEmpty() ? null : party.getPartyIdentification().get(0).getIDValue();
    String name = party.getPartyName().isEmpty() ? null : party.getPartyName().get(0).getNameValue();
    AddressType address = party.getPostalAddress();
    if (identifier == null && name == null && address == null) {
      return null;
    }
    return new Party(
        name,
        identifier,
        address != null ? address.getStreetNameValue() : null,
        address != null ? address.getCityNameValue() : null,
        address != null ? address.getPostalZoneValue() : null,
        address != null && address.getCountry() != null ? code(address.getCountry()) : null);
  }

  private static String code(CountryType country) {
    return country.getIdentificationCodeValue();
  }

  private static LocalDate date(XMLOffsetDate date) {
    return date == null ? null : date.toLocalDate();
  }

  private static String firstText(List<? extends TextType> texts) {
    return texts.isEmpty() ? null : texts.get(0).getValue();
  }

  // ---- XML plumbing ----

  /** A namespace-aware reader that refuses DOCTYPEs, so no entity can reach outside the document. */
  private static XMLReader secureReader() throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newSAXParser().getXMLReader();
  }

  private static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static String describe(SAXParseException e) {
    return "Line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
  }

  private static String describe(ValidationEvent event) {
    ValidationEventLocator where = event.getLocator();
    String place = where != null && where.getObject() != null ? " (in " + where.getObject().getClass().getSimpleName() + ")" : "";
    return event.getMessage() + place;
  }

  /** Collects schema errors and carries on; stops only at errors that end the parse. */
  private static final class CollectingErrors implements ErrorHandler {

    private final List<String> errors;

    CollectingErrors(List<String> errors) {
      this.errors = errors;
    }

    @Override
    public void warning(SAXParseException e) {
      // Warnings (e.g. about the schema's own constructs) say nothing about the document.
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(describe(e));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      errors.add(describe(e));
      throw e;
    }
  }
}
