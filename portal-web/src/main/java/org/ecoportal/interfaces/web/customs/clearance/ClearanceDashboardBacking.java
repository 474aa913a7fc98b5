package org.ecoportal.interfaces.web.customs.clearance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import org.ecoportal.application.CustomsClearance;
import org.ecoportal.application.CustomsClearance.Dashboard;
import org.ecoportal.application.CustomsClearance.Day;
import org.ecoportal.interfaces.web.support.Messages;

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
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder submitted = Json.createArrayBuilder();
    JsonArrayBuilder decided = Json.createArrayBuilder();
    for (Day day : getFigures().days()) {
      labels.add(day.day().toString().substring(5));
      submitted.add(day.submitted());
      decided.add(day.decided());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Messages.text("dashboard.customs.submitted")).add("data", submitted))
                .add(Json.createObjectBuilder().add("label", Messages.text("dashboard.customs.decided")).add("data", decided))))
        .add("options", Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("scales", Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }
}
