package org.ecoportal.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.ecoportal.domain.model.identity.Caller;

/** A user of a tenant acting for one organisation of the same tenant. */
@Entity
@Table(name = "organisation_member")
public class Membership {

  @Id private UUID id;

  @Column(nullable = false, length = 8)
  private String tenant;

  @Column(nullable = false, length = 255)
  private String username;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Version private long version;

  protected Membership() {}

  public Membership(Caller member, Organisation organisation) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(organisation, "organisation");
    if (member.tenant() != organisation.tenant()) {
      throw new IllegalArgumentException(
          "A user of tenant " + member.tenant().code() + " cannot join an organisation of tenant "
              + organisation.tenant().code());
    }
    this.id = UUID.randomUUID();
    this.tenant = member.tenant().code();
    this.username = member.username();
    this.organisation = organisation;
  }

  public String username() {
    return username;
  }

  public Organisation organisation() {
    return organisation;
  }
}
