package org.ecoportal.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecoportal.application.Dashboards;
import org.ecoportal.application.Dashboards.Day;
import org.ecoportal.domain.model.tenant.Tenant;

/**
 * Counting for dashboards in SQL: rows per day in the tenant's time zone, and the values native
 * queries answer (counts, seconds, timestamps) as figures.
 */
final class DailyFigures {

  private final EntityManager em;
  private final Tenant tenant;
  private final LocalDate today;
  private final LocalDate first;

  DailyFigures(EntityManager em, Tenant tenant, Instant now) {
    this.em = em;
    this.tenant = tenant;
    this.today = LocalDate.ofInstant(now, tenant.zone());
    this.first = today.minusDays(Dashboards.TREND_DAYS - 1);
  }

  /**
   * How many rows of {@code from} had {@code column} on each of the trend's days, among those
   * {@code where} selects ({@code :tenant} and the given parameters bound).
   */
  Map<LocalDate, Long> perDay(String from, String column, String where, Map<String, Object> parameters) {
    String sql = "select cast(" + column + " at time zone :zone as date), count(*) from " + from
        + " where " + where + " and " + column + " >= :first group by 1";
    Query query = em.createNativeQuery(sql);
    query.setParameter("zone", tenant.zone().getId()).setParameter("first", Timestamp.from(first.atStartOfDay(tenant.zone()).toInstant()));
    bind(query, sql, parameters);
    Map<LocalDate, Long> counts = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(date(r[0]), count(r[1]));
    }
    return counts;
  }

  /** The trend's days, oldest first, with what went in and came out each day. */
  List<Day> days(Map<LocalDate, Long> in, Map<LocalDate, Long> out) {
    List<Day> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      days.add(new Day(day, in.getOrDefault(day, 0L), out.getOrDefault(day, 0L)));
    }
    return days;
  }

  /** One row of figures {@code sql} selects, with {@code :tenant} and the given parameters bound. */
  Object[] row(String sql, Map<String, Object> parameters) {
    Query query = em.createNativeQuery(sql);
    bind(query, sql, parameters);
    return (Object[]) query.getSingleResult();
  }

  /** Binds {@code :tenant} and those of {@code parameters} the statement names. */
  private void bind(Query query, String sql, Map<String, Object> parameters) {
    query.setParameter("tenant", tenant.code());
    parameters.forEach((name, value) -> {
      if (sql.contains(":" + name)) {
        query.setParameter(name, value instanceof Instant i ? Timestamp.from(i) : value);
      }
    });
  }

  static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** A number of seconds as a duration; {@code null} when nothing was measured. */
  static Duration seconds(Object value) {
    return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000));
  }

  static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
