package org.ecoportal.interfaces.web.exporter.applications;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.application.ApplicationData;
import org.ecoportal.domain.model.application.ItemLine;

/** What the application form holds while the exporter types; converted to and from {@link ApplicationData}. */
public class ApplicationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private UUID chamberId;
  private String consigneeName;
  private String consigneeAddress;
  private String consigneeCountry;
  private String producerName;
  private String agreementCode;
  private boolean preferential = true;
  private String transportMode = "1";
  private String transportMeans;
  private LocalDate departureDate;
  private String loadingPort;
  private String dischargePort;
  private String transitCountry;
  private String exportDeclarationNumber;
  private String consigneeIdentifier;
  private String remarks;
  private final List<Item> items = new ArrayList<>();

  /** One goods line of the form. */
  public static class Item implements Serializable {
    private static final long serialVersionUID = 1L;
    private String hsCode;
    private String description;
    private String marks;
    private Integer packageCount;
    private String packageType;
    private BigDecimal quantity;
    private String unitCode = "KGM";
    private BigDecimal grossWeightKg;
    private BigDecimal netWeightKg;
    private String originCriterion;
    private String invoiceNumber;
    private LocalDate invoiceDate;
    private BigDecimal invoiceValue;
    private String currency = "USD";

    ItemLine toLine() {
      return new ItemLine(hsCode, description, marks, packageCount, packageType, quantity, unitCode, grossWeightKg,
          netWeightKg, originCriterion, invoiceNumber, invoiceDate, invoiceValue, currency);
    }

    static Item of(ItemLine line) {
      Item item = new Item();
      item.hsCode = line.hsCode();
      item.description = line.description();
      item.marks = line.marks();
      item.packageCount = line.packageCount();
      item.packageType = line.packageType();
      item.quantity = line.quantity();
      item.unitCode = line.unitCode();
      item.grossWeightKg = line.grossWeightKg();
      item.netWeightKg = line.netWeightKg();
      item.originCriterion = line.originCriterion();
      item.invoiceNumber = line.invoiceNumber();
      item.invoiceDate = line.invoiceDate();
      item.invoiceValue = line.invoiceValue();
      item.currency = line.currency();
      return item;
    }

    public String getHsCode() { return hsCode; }
    public void setHsCode(String v) { hsCode = v == null ? null : v.replaceAll("[^0-9]", ""); }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getMarks() { return marks; }
    public void setMarks(String v) { marks = v; }
    public Integer getPackageCount() { return packageCount; }
    public void setPackageCount(Integer v) { packageCount = v; }
    public String getPackageType() { return packageType; }
    public void setPackageType(String v) { packageType = v; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal v) { quantity = v; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String v) { unitCode = v; }
    public BigDecimal getGrossWeightKg() { return grossWeightKg; }
    public void setGrossWeightKg(BigDecimal v) { grossWeightKg = v; }
    public BigDecimal getNetWeightKg() { return netWeightKg; }
    public void setNetWeightKg(BigDecimal v) { netWeightKg = v; }
    public String getOriginCriterion() { return originCriterion; }
    public void setOriginCriterion(String v) { originCriterion = v; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String v) { invoiceNumber = v; }
    public LocalDate getInvoiceDate() { return invoiceDate; }
    public void setInvoiceDate(LocalDate v) { invoiceDate = v; }
    public BigDecimal getInvoiceValue() { return invoiceValue; }
    public void setInvoiceValue(BigDecimal v) { invoiceValue = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
  }

  public ApplicationData toData() {
    return new ApplicationData(chamberId, consigneeName, consigneeAddress, consigneeCountry, consigneeIdentifier, producerName,
        agreementCode, preferential, transportMode, transportMeans, departureDate, loadingPort, dischargePort, transitCountry, remarks,
        items.stream().map(Item::toLine).toList(), exportDeclarationNumber);
  }

  public static ApplicationForm of(ApplicationData data) {
    ApplicationForm form = new ApplicationForm();
    form.chamberId = data.chamberId();
    form.consigneeName = data.consigneeName();
    form.consigneeAddress = data.consigneeAddress();
    form.consigneeCountry = data.consigneeCountry();
    form.consigneeIdentifier = data.consigneeIdentifier();
    form.producerName = data.producerName();
    form.agreementCode = data.agreementCode();
    form.preferential = data.preferential();
    form.transportMode = data.transportMode();
    form.transportMeans = data.transportMeans();
    form.departureDate = data.departureDate();
    form.loadingPort = data.loadingPort();
    form.dischargePort = data.dischargePort();
    form.transitCountry = data.transitCountry();
    form.exportDeclarationNumber = data.exportDeclarationNumber();
    form.remarks = data.remarks();
    data.items().forEach(line -> form.items.add(Item.of(line)));
    return form;
  }

  public void addItem() {
    items.add(new Item());
  }

  public void removeItem(Item item) {
    items.remove(item);
  }

  public List<Item> getItems() { return items; }
  public UUID getChamberId() { return chamberId; }
  public void setChamberId(UUID v) { chamberId = v; }
  public String getConsigneeName() { return consigneeName; }
  public void setConsigneeName(String v) { consigneeName = v; }
  public String getConsigneeAddress() { return consigneeAddress; }
  public void setConsigneeAddress(String v) { consigneeAddress = v; }
  public String getConsigneeCountry() { return consigneeCountry; }
  public void setConsigneeCountry(String v) { consigneeCountry = v; }
  public String getProducerName() { return producerName; }
  public void setProducerName(String v) { producerName = v; }
  public String getAgreementCode() { return agreementCode; }
  public void setAgreementCode(String v) { agreementCode = v; }
  public boolean isPreferential() { return preferential; }
  public void setPreferential(boolean v) { preferential = v; }
  public String getTransportMode() { return transportMode; }
  public void setTransportMode(String v) { transportMode = v; }
  public String getTransportMeans() { return transportMeans; }
  public void setTransportMeans(String v) { transportMeans = v; }
  public LocalDate getDepartureDate() { return departureDate; }
  public void setDepartureDate(LocalDate v) { departureDate = v; }
  public String getLoadingPort() { return loadingPort; }
  public void setLoadingPort(String v) { loadingPort = v; }
  public String getDischargePort() { return dischargePort; }
  public void setDischargePort(String v) { dischargePort = v; }
  public String getExportDeclarationNumber() { return exportDeclarationNumber; }
  public void setExportDeclarationNumber(String v) { exportDeclarationNumber = v; }
  public String getTransitCountry() { return transitCountry; }
  public void setTransitCountry(String v) { transitCountry = v; }
  public String getConsigneeIdentifier() { return consigneeIdentifier; }
  public void setConsigneeIdentifier(String v) { consigneeIdentifier = v; }
  public String getRemarks() { return remarks; }
  public void setRemarks(String v) { remarks = v; }
}
