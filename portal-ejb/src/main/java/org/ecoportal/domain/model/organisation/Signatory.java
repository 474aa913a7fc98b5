package org.ecoportal.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.ecoportal.domain.model.identity.Caller;

/** A person an exporter allows to sign its applications; only signatories may submit. */
@Entity
@Table(name = "signatory")
public class Signatory {

  @Id private UUID id;

  @Column(nullable = false, length = 8)
  private String tenant;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(nullable = false)
  private String username;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(nullable = false, length = 100)
  private String position;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  protected Signatory() {}

  public Signatory(Organisation organisation, String username, String fullName, String position, Caller registeredBy, Instant now) {
    this.id = UUID.randomUUID();
    this.tenant = organisation.tenant().code();
    this.organisationId = organisation.id();
    this.username = username;
    this.fullName = fullName;
    this.position = position;
    this.registeredBy = registeredBy.username();
    this.registeredAt = now;
  }

  public String username() {
    return username;
  }

  public String fullName() {
    return fullName;
  }

  public String position() {
    return position;
  }
}
