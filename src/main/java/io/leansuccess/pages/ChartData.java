package io.leansuccess.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The data of a chart as JSON, for a {@code data-chart} attribute that {@code /pages/charts.js}
 * hands to Chart.js. Data travels in an escaped attribute, never inside a script, so a name such as
 * {@code </script>} stays text.
 */
@Component
class ChartData {

  private final ObjectMapper json;

  ChartData(ObjectMapper json) {
    this.json = json;
  }

  /** One series; {@code colours}, when given, one a value (health bars in their colours). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Dataset(String label, List<? extends Number> data, List<String> colours) {

    Dataset(String label, List<? extends Number> data) {
      this(label, data, null);
    }
  }

  /**
   * A chart's data. {@code levels} names the values of a chart of levels (health: red, amber,
   * green), bottom up, with a colour each; null for a chart of numbers.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Chart(String title, List<String> labels, List<Dataset> datasets, List<Level> levels) {

    Chart(String title, List<String> labels, List<Dataset> datasets) {
      this(title, labels, datasets, null);
    }
  }

  /** A named level of a chart of levels, and the colour its points are drawn in. */
  record Level(String name, String colour) {}

  /** One series: a bar per key. */
  String bar(String title, Map<String, ? extends Number> values) {
    List<Number> data = new ArrayList<>(values.values());
    return write(new Chart(title, List.copyOf(values.keySet()), List.of(new Dataset(title, data))));
  }

  /** One series, each bar in its own colour. */
  String bar(String title, Map<String, ? extends Number> values, List<String> colours) {
    List<Number> data = new ArrayList<>(values.values());
    return write(
        new Chart(
            title,
            List.copyOf(values.keySet()),
            List.of(new Dataset(title, data, List.copyOf(colours)))));
  }

  /** Several series over the same labels (baseline, latest and target of each KPI). */
  String grouped(String title, List<String> labels, List<Dataset> datasets) {
    return write(new Chart(title, labels, datasets));
  }

  /**
   * A stepped line over time: each label a moment, each value the index of its level in {@code
   * levels}.
   */
  String levels(String title, List<String> labels, List<Integer> values, List<Level> levels) {
    return write(new Chart(title, labels, List.of(new Dataset(title, values)), levels));
  }

  /** A health from the day it was first found to the day it was last confirmed (yyyy-MM-dd). */
  record HealthSpan(String colour, String firstFound, String lastConfirmed) {}

  /** Health as its charts draw it, bottom up, in the colours of the portfolio's health badges. */
  static final List<Level> HEALTH_LEVELS =
      List.of(
          new Level("RED", "#b42318"),
          new Level("AMBER", "#d97706"),
          new Level("GREEN", "#1f9d55"));

  /**
   * Health over time as a stepped line: a point where each health was first found and, on a later
   * day, where it was last confirmed.
   */
  String health(String title, List<HealthSpan> spans) {
    List<String> days = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    List<String> names = HEALTH_LEVELS.stream().map(Level::name).toList();
    for (HealthSpan span : spans) {
      int level = names.indexOf(span.colour());
      days.add(span.firstFound());
      values.add(level);
      if (!span.lastConfirmed().equals(span.firstFound())) {
        days.add(span.lastConfirmed());
        values.add(level);
      }
    }
    return levels(title, days, values, HEALTH_LEVELS);
  }

  private String write(Chart chart) {
    try {
      return json.writeValueAsString(chart);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Chart " + chart.title() + " cannot be written as JSON", e);
    }
  }
}
