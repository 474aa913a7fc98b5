package org.ecoportal.interfaces.web.customs.clearance;

import java.time.Duration;
import org.ecoportal.interfaces.web.support.Messages;

/** A waiting or clearance time as people read it: days, hours and minutes. */
final class Durations {

  private Durations() {}

  static String of(Duration duration) {
    if (duration == null) {
      return Messages.text("clearance.none");
    }
    Duration d = duration.isNegative() ? Duration.ZERO : duration;
    return d.toDays() > 0
        ? Messages.text("clearance.duration.days", d.toDays(), d.toHoursPart())
        : Messages.text("clearance.duration.hours", d.toHoursPart(), d.toMinutesPart());
  }
}
