package org.ecoportal.interfaces.web.customs.declarations;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecoportal.domain.model.declaration.DeclarationData;
import org.ecoportal.domain.model.declaration.DeclarationLine;

/** What the customs officer types on the declaration screen; kept as typed whatever the service says. */
public class DeclarationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String declarationNumber;
  private String clearanceReference;
  private LocalDate declaredOn;
  private String exporterIdentifier;
  private String exporterName;
  private String consigneeName;
  private String consigneeCountry;
  private final List<Line> lines = new ArrayList<>();

  /** One goods line as typed; numbered by its position on the screen. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private String hsCode;
    private String description;
    private BigDecimal quantity;
    private String unitCode = "KGM";
    private BigDecimal netWeightKg;

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
  }

  public DeclarationForm() {
    declaredOn = LocalDate.now();
    lines.add(new Line());
  }

  public DeclarationData toData() {
    List<DeclarationLine> typed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      typed.add(new DeclarationLine(i + 1, l.hsCode, l.description, l.quantity, l.unitCode, l.netWeightKg));
    }
    return new DeclarationData(
        declarationNumber, clearanceReference, declaredOn, exporterIdentifier, exporterName, consigneeName, consigneeCountry, typed);
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
  public String getClearanceReference() { return clearanceReference; }
  public void setClearanceReference(String v) { clearanceReference = v; }
  public LocalDate getDeclaredOn() { return declaredOn; }
  public void setDeclaredOn(LocalDate v) { declaredOn = v; }
  public String getExporterIdentifier() { return exporterIdentifier; }
  public void setExporterIdentifier(String v) { exporterIdentifier = v; }
  public String getExporterName() { return exporterName; }
  public void setExporterName(String v) { exporterName = v; }
  public String getConsigneeName() { return consigneeName; }
  public void setConsigneeName(String v) { consigneeName = v; }
  public String getConsigneeCountry() { return consigneeCountry; }
  public void setConsigneeCountry(String v) { consigneeCountry = v; }
}
