package org.ecoportal.interfaces.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecoportal.application.Dashboards;
import org.ecoportal.application.Dashboards.Board;
import org.ecoportal.application.Dashboards.Day;
import org.ecoportal.interfaces.web.support.Durations;
import org.ecoportal.interfaces.web.support.TrendChart;

/**
 * The board of the dashboard being shown, read once a request: {@code #{board.of('chamber')}}
 * names the role's board; the include {@code dashboard-board.xhtml} shows its figures and chart.
 */
@Named("board")
@RequestScoped
public class DashboardBacking {

  @EJB private Dashboards dashboards;

  private Board board;

  /** The board of {@code role}: {@code chamber}, {@code exporter}, {@code administrator}, {@code importer} or {@code broker}. */
  public Board of(String role) {
    if (board == null) {
      board = switch (role) {
        case "chamber" -> dashboards.chamber();
        case "exporter" -> dashboards.exporter();
        case "administrator" -> dashboards.administrator();
        case "importer" -> dashboards.importer();
        case "broker" -> dashboards.broker();
        default -> throw new IllegalArgumentException("No dashboard for " + role);
      };
    }
    return board;
  }

  /** The counts in the order the board gives them. */
  public List<Map.Entry<String, Long>> counts(Board shown) {
    return new ArrayList<>(shown.counts().entrySet());
  }

  public List<Map.Entry<String, Duration>> times(Board shown) {
    return new ArrayList<>(shown.times().entrySet());
  }

  public String duration(Duration duration) {
    return Durations.of(duration);
  }

  /** How long the oldest waiting item has waited; a dash when nothing waits. */
  public String age(Board shown) {
    return Durations.of(shown.oldest() == null ? null : Duration.between(shown.oldest(), Instant.now()));
  }

  /** The trend chart; {@code prefix} names the series keys {@code <prefix>.in} and {@code <prefix>.out}. */
  public String chart(Board shown, String prefix) {
    return TrendChart.of(shown.days(), Day::day, prefix + ".in", Day::in, prefix + ".out", Day::out);
  }
}
