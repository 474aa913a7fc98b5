package org.ecoportal.interfaces.web.customs.clearance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import org.ecoportal.application.CustomsClearance;
import org.ecoportal.application.CustomsClearance.Dashboard;
import org.ecoportal.application.CustomsClearance.Day;
import org.ecoportal.interfaces.web.support.Durations;
import org.ecoportal.interfaces.web.support.Messages;
import org.ecoportal.interfaces.web.support.TrendChart;

/**
 * The customs officer's clearance figures on the dashboard, and the chart of declarations
 * submitted and decided per day as a Chart.js configuration for {@code p:chart}.
 */
@Named("clearanceDashboard")
@RequestScoped
public class ClearanceDashboardBacking {

  @EJB private CustomsClearance clearance;

  private Dashboard figures;

  public Dashboard getFigures() {
    if (figures == null) {
      figures = clearance.dashboard();
    }
    return figures;
  }

  /** How long the oldest open declaration has waited, or a dash when none waits. */
  public String getOldestAge() {
    Instant oldest = getFigures().oldestOpenSubmittedAt();
    return oldest == null ? Messages.text("clearance.none") : Durations.of(Duration.between(oldest, Instant.now()));
  }

  public String getMatchedRatio() {
    Double ratio = getFigures().matchedRatio();
    if (ratio == null) {
      return Messages.text("clearance.none");
    }
    NumberFormat percent = NumberFormat.getPercentInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    percent.setMaximumFractionDigits(1);
    return percent.format(ratio);
  }

  public String getClearanceMedian() {
    return Durations.of(getFigures().clearanceMedian());
  }

  public String getClearanceAverage() {
    return Durations.of(getFigures().clearanceAverage());
  }

  /** A bar chart of the last 14 days: declarations submitted and decided each day. */
  public String getChart() {
    return TrendChart.of(getFigures().days(), Day::day, "dashboard.customs.submitted", Day::submitted, "dashboard.customs.decided",
        Day::decided);
  }
}
