package org.ecoportal.domain.model.declaration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ecoportal.domain.model.identity.Caller;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * An export declaration customs cleared, as a customs officer recorded it. Recorded once, after
 * {@link DeclarationRules} found nothing wrong; it is not changed afterwards.
 */
@Entity
@Table(name = "export_declaration")
public class ExportDeclaration {

  /** How the declaration reached the portal. */
  public enum Channel {
    SCREEN,
    FILE,
    API
  }

  @Id private UUID id;

  @Column(nullable = false, length = 8)
  private String tenant;

  @Column(name = "declaration_number", nullable = false, length = 35)
  private String declarationNumber;

  @Column(name = "clearance_reference", length = 35)
  private String clearanceReference;

  @Column(name = "declared_on", nullable = false)
  private LocalDate declaredOn;

  @Column(name = "exporter_identifier", nullable = false, length = 64)
  private String exporterIdentifier;

  @Column(name = "exporter_name", nullable = false, length = 200)
  private String exporterName;

  @Column(name = "consignee_name", nullable = false, length = 200)
  private String consigneeName;

  @Column(name = "consignee_country", nullable = false, length = 2)
  private String consigneeCountry;

  @Column(name = "entered_by", nullable = false)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "entered_through", nullable = false, length = 8)
  private Channel enteredThrough;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "export_declaration_line", joinColumns = @JoinColumn(name = "declaration_id"))
  @OrderColumn(name = "line_index")
  private List<DeclaredGoods> lines = new ArrayList<>();

  @Version private long version;

  protected ExportDeclaration() {}

  /** A declaration of the officer's tenant; {@code data} is normalised and free of problems. */
  public ExportDeclaration(Caller officer, DeclarationData data, Channel channel, Instant now) {
    this.id = UUID.randomUUID();
    this.tenant = officer.tenant().code();
    this.declarationNumber = data.declarationNumber();
    this.clearanceReference = data.clearanceReference();
    this.declaredOn = data.declaredOn();
    this.exporterIdentifier = data.exporterIdentifier();
    this.exporterName = data.exporterName();
    this.consigneeName = data.consigneeName();
    this.consigneeCountry = data.consigneeCountry();
    this.enteredBy = officer.username();
    this.enteredAt = now;
    this.enteredThrough = channel;
    data.lines().forEach(line -> lines.add(new DeclaredGoods(line)));
  }

  /** What the declaration states. */
  public DeclarationData data() {
    return new DeclarationData(
        declarationNumber, clearanceReference, declaredOn, exporterIdentifier, exporterName, consigneeName, consigneeCountry,
        lines.stream().map(DeclaredGoods::toLine).toList());
  }

  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public String declarationNumber() {
    return declarationNumber;
  }

  public String exporterIdentifier() {
    return exporterIdentifier;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }

  public Channel enteredThrough() {
    return enteredThrough;
  }

  public long version() {
    return version;
  }
}
