package org.ecoportal.interfaces.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A bar chart of days with two series, as the Chart.js configuration {@code p:chart} takes. The
 * series are named by bundle keys, so the chart speaks the page's language.
 */
public final class TrendChart {

  private TrendChart() {}

  /**
   * The chart of {@code days} (oldest first), labelled by month and day.
   *
   * @param firstKey bundle key naming the first series, read from each day by {@code first}
   */
  public static <D> String of(List<D> days, Function<D, LocalDate> day, String firstKey, ToLongFunction<D> first,
      String secondKey, ToLongFunction<D> second) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder firsts = Json.createArrayBuilder();
    JsonArrayBuilder seconds = Json.createArrayBuilder();
    for (D d : days) {
      labels.add(day.apply(d).toString().substring(5));
      firsts.add(first.applyAsLong(d));
      seconds.add(second.applyAsLong(d));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder()
            .add("labels", labels)
            .add("datasets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Messages.text(firstKey)).add("data", firsts))
                .add(Json.createObjectBuilder().add("label", Messages.text(secondKey)).add("data", seconds))))
        .add("options", Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("scales", Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }
}
