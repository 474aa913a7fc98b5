package org.ecoportal.interfaces.web.support;

import java.time.Duration;

/** A waiting or working time as people read it: days and hours, or hours and minutes. */
public final class Durations {

  private Durations() {}

  /** The duration in words; a dash when nothing was measured. */
  public static String of(Duration duration) {
    if (duration == null) {
      return Messages.text("duration.none");
    }
    Duration d = duration.isNegative() ? Duration.ZERO : duration;
    return d.toDays() > 0
        ? Messages.text("duration.days", d.toDays(), d.toHoursPart())
        : Messages.text("duration.hours", d.toHoursPart(), d.toMinutesPart());
  }
}
