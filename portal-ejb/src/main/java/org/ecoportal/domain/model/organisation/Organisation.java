package org.ecoportal.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.ecoportal.domain.model.tenant.Tenant;

/** A company or authority taking part in the single window, always within exactly one tenant. */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id private UUID id;

  @Column(nullable = false, length = 8)
  private String tenant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OrganisationKind kind;

  @Column(nullable = false, length = 200)
  private String name;

  /** The identifier the economy gives the organisation (business number, chamber code, …). */
  @Column(nullable = false, length = 64)
  private String identifier;

  @Column(nullable = false, length = 2)
  private String country;

  @Version private long version;

  protected Organisation() {}

  public Organisation(
      Tenant tenant, OrganisationKind kind, String name, String identifier, String country) {
    this.id = UUID.randomUUID();
    this.tenant = Objects.requireNonNull(tenant, "tenant").code();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.identifier = Objects.requireNonNull(identifier, "identifier");
    this.country = Objects.requireNonNull(country, "country");
  }

  public UUID id() {
    return id;
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public OrganisationKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String identifier() {
    return identifier;
  }

  public String country() {
    return country;
  }

  public long version() {
    return version;
  }
}
