package org.ecoportal.application;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures on each role's dashboard, for the caller's organisation (or tenant, for its
 * administrator): how much waits, how old the oldest is, how long the work takes, and the last 14
 * days one by one for a chart of two series.
 */
public interface Dashboards {

  /** Days in the trend chart. */
  int TREND_DAYS = 14;

  /** Days the ratios and times look back. */
  int RECENT_DAYS = 30;

  /** One day of the chart: how many went in and how many came out (the meaning is the board's). */
  record Day(LocalDate day, long in, long out) implements Serializable {}

  /**
   * One dashboard.
   *
   * @param counts figures by name, e.g. {@code waiting}
   * @param times durations by name, e.g. {@code median} (absent when there was nothing to measure)
   * @param oldest when the oldest item still waiting arrived, or {@code null}
   */
  record Board(Map<String, Long> counts, Map<String, Duration> times, Instant oldest, List<Day> days) implements Serializable {}

  /**
   * The chamber's queue: {@code waiting} (submitted, unclaimed), {@code inReview}, {@code approved},
   * {@code returned} and {@code rejected} in the last 30 days; {@code median} and {@code average}
   * time from submission to approval; days: submitted / approved.
   */
  Board chamber();

  /**
   * The exporter's applications: {@code drafts}, {@code withChamber}, {@code returned} (to amend),
   * {@code issued} in the last 30 days; days: submitted / certificates issued.
   */
  Board exporter();

  /**
   * The tenant's exchange: {@code delivered} and {@code received} in the last 30 days,
   * {@code pending} (not delivered yet), {@code failed}; {@code median} approval → delivered; days:
   * delivered / received.
   */
  Board administrator();

  /**
   * The importer's certificates: {@code new}, {@code withoutBroker} (accepted, no broker yet),
   * {@code received} in the last 30 days; days: received / accepted.
   */
  Board importer();

  /**
   * The broker's work: {@code toDeclare} (assigned, no declaration submitted), {@code drafts},
   * {@code withCustoms}, {@code cleared} in the last 30 days; {@code median} assignment → submission;
   * days: assigned / declared.
   */
  Board broker();
}
