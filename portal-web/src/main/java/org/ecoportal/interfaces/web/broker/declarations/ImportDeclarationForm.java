package org.ecoportal.interfaces.web.broker.declarations;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecoportal.domain.model.clearance.ImportDeclarationContent;

/** What the broker types on the declaration screen; kept as typed whatever the service says. */
public class ImportDeclarationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String declarationNumber;
  private String agreementCode;
  private String importerIdentifier;
  private String exporterName;
  private String exporterIdentifier;
  private LocalDate shipmentDate;
  /** One invoice reference a line. */
  private String invoiceReferences;
  private final List<Line> lines = new ArrayList<>();

  /** One goods line as typed; numbered by its position on the screen. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private String hsCode;
    private String description;
    private BigDecimal quantity;
    private String unitCode = "KGM";
    private BigDecimal netWeightKg;
    private boolean preferenceClaimed = true;

    public String getHsCode() { return hsCode; }
    public void setHsCode(String v) { hsCode = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal v) { quantity = v; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String v) { unitCode = v; }
    public BigDecimal getNetWeightKg() { return netWeightKg; }
    public void setNetWeightKg(BigDecimal v) { netWeightKg = v; }
    public boolean isPreferenceClaimed() { return preferenceClaimed; }
    public void setPreferenceClaimed(boolean v) { preferenceClaimed = v; }
  }

  /** The form showing {@code content}. */
  public static ImportDeclarationForm of(ImportDeclarationContent content) {
    ImportDeclarationForm form = new ImportDeclarationForm();
    form.declarationNumber = content.declarationNumber();
    form.agreementCode = content.agreementCode();
    form.importerIdentifier = content.importerIdentifier();
    form.exporterName = content.exporterName();
    form.exporterIdentifier = content.exporterIdentifier();
    form.shipmentDate = content.shipmentDate();
    form.invoiceReferences = String.join("\n", content.invoiceReferences());
    for (ImportDeclarationContent.Line l : content.lines()) {
      Line line = new Line();
      line.hsCode = l.hsCode();
      line.description = l.description();
      line.quantity = l.quantity();
      line.unitCode = l.unitCode();
      line.netWeightKg = l.netWeightKg();
      line.preferenceClaimed = l.preferenceClaimed();
      form.lines.add(line);
    }
    if (form.lines.isEmpty()) {
      form.addLine();
    }
    return form;
  }

  public ImportDeclarationContent toContent() {
    List<ImportDeclarationContent.Line> typed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      typed.add(new ImportDeclarationContent.Line(i + 1, l.hsCode, l.description, l.quantity, l.unitCode, l.netWeightKg, l.preferenceClaimed));
    }
    List<String> invoices = invoiceReferences == null ? List.of()
        : Arrays.stream(invoiceReferences.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new ImportDeclarationContent(
        declarationNumber, agreementCode, importerIdentifier, exporterName, exporterIdentifier, shipmentDate, invoices, typed);
  }

  public void addLine() {
    lines.add(new Line());
  }

  public void removeLine(Line line) {
    lines.remove(line);
  }

  public List<Line> getLines() { return lines; }
  public String getDeclarationNumber() { return declarationNumber; }
  public void setDeclarationNumber(String v) { declarationNumber = v; }
  public String getAgreementCode() { return agreementCode; }
  public void setAgreementCode(String v) { agreementCode = v; }
  public String getImporterIdentifier() { return importerIdentifier; }
  public void setImporterIdentifier(String v) { importerIdentifier = v; }
  public String getExporterName() { return exporterName; }
  public void setExporterName(String v) { exporterName = v; }
  public String getExporterIdentifier() { return exporterIdentifier; }
  public void setExporterIdentifier(String v) { exporterIdentifier = v; }
  public LocalDate getShipmentDate() { return shipmentDate; }
  public void setShipmentDate(LocalDate v) { shipmentDate = v; }
  public String getInvoiceReferences() { return invoiceReferences; }
  public void setInvoiceReferences(String v) { invoiceReferences = v; }
}
