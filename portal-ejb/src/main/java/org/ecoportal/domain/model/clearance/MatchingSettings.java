package org.ecoportal.domain.model.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * The matching rules a tenant's administrator wrote, as text (see {@link MatchingConfiguration}):
 * only text that reads is kept, so {@link #configuration()} always reads it.
 */
@Entity
@Table(name = "matching_settings")
public class MatchingSettings {

  public static final int MAX_TEXT = 20000;

  @Id
  @Column(length = 8)
  private String tenant;

  @Column(name = "rules_text", nullable = false, length = MAX_TEXT)
  private String text;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected MatchingSettings() {}

  /**
   * @throws MatchingConfiguration.InvalidConfigurationException when {@code text} does not read
   */
  public MatchingSettings(Tenant tenant, String text, String username, Instant now) {
    this.tenant = tenant.code();
    change(text, username, now);
  }

  /**
   * The administrator writes the rules anew.
   *
   * @throws MatchingConfiguration.InvalidConfigurationException when {@code text} does not read; nothing changes then
   */
  public void change(String text, String username, Instant now) {
    Objects.requireNonNull(text, "text");
    MatchingConfiguration.parse(text);
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("Matching rules longer than " + MAX_TEXT + " characters");
    }
    this.text = text;
    this.updatedBy = Objects.requireNonNull(username, "username");
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  public MatchingConfiguration configuration() {
    return MatchingConfiguration.parse(text);
  }

  public Tenant tenant() {
    return Tenant.fromCode(tenant).orElseThrow();
  }

  public String text() {
    return text;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
