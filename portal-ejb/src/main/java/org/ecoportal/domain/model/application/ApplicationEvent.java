package org.ecoportal.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in an application's history: who did what, when. Never changed once written. */
@Entity
@Table(name = "co_application_event")
public class ApplicationEvent {

  @Id private UUID id;

  @Column(name = "application_id", nullable = false)
  private UUID applicationId;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false, length = 32)
  private String action;

  @Column(length = 2000)
  private String detail;

  protected ApplicationEvent() {}

  public ApplicationEvent(UUID applicationId, Instant at, String actor, String action, String detail) {
    this.id = UUID.randomUUID();
    this.applicationId = applicationId;
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.detail = detail;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String detail() {
    return detail;
  }
}
