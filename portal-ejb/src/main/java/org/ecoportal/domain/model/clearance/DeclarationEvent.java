package org.ecoportal.domain.model.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One step of an import declaration as it happened. {@code action} is {@code CREATED},
 * {@code SUBMITTED} or the status a customs officer moved it to; {@code detail} the match outcome
 * or the officer's reason.
 */
@Embeddable
public class DeclarationEvent {

  private static final int MAX_DETAIL = 2000;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false, length = 32)
  private String action;

  @Column(length = MAX_DETAIL)
  private String detail;

  protected DeclarationEvent() {}

  DeclarationEvent(Instant at, String actor, String action, String detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
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
