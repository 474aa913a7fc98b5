package org.ecoportal.interfaces.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ecoportal.domain.model.tenant.Tenant;
import org.ecoportal.interfaces.web.session.CurrentTenant;

/**
 * Times and sizes as people read them: {@code 2026-12-02 10:24 KST} in the tenant's time zone
 * (UTC outside any tenant), {@code 14.6 KB}.
 */
@Named("when")
@RequestScoped
public class Moments {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);

  @Inject private CurrentTenant tenant;

  public String of(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = tenant.get().map(Tenant::zone).orElse(ZoneOffset.UTC);
    return MINUTE.format(instant.atZone(zone));
  }

  /** The day of an instant that stands for a whole day (taken at its start in UTC). */
  public String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(ZoneOffset.UTC));
  }

  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  public String sizeOf(long bytes) {
    return size(bytes);
  }
}
