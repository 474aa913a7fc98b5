package org.ecoportal.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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

  /** Where the member is reached by e-mail, as its sign-in said when it last used the portal; {@code null} until then. */
  @Column(length = 320)
  private String email;

  /** The language (BCP 47 tag) the member last read the portal in; {@code null} until then. */
  @Column(length = 35)
  private String language;

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

  /** Records how to reach the member: the address (kept when none is given) and the language it reads. */
  public void reachableAt(String email, String language) {
    if (email != null && !email.isBlank()) {
      this.email = email.strip();
    }
    if (language != null && !language.isBlank()) {
      this.language = language.strip();
    }
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<Locale> language() {
    return Optional.ofNullable(language).map(Locale::forLanguageTag);
  }
}
