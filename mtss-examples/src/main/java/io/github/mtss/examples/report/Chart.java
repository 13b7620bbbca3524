package io.github.mtss.examples.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A bar chart as data: its title, axis titles, category labels and series. The page's script
 * draws every chart the same way from this data (Chart.js): counts with whole-number ticks,
 * shares from 0 to 100 %, a title and both axis titles always shown, so a section never writes
 * script. Built with {@link #bars}, then placed with {@link #canvas()}.
 */
public final class Chart {
  /** The tiers' colours, Tier 1 to Tier 3, used by every chart of tiers. */
  public static final List<String> TIER_COLOURS = List.of("#4c9f70", "#f2b134", "#d1495b");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String id;
  private final ObjectNode spec = JSON.createObjectNode();

  private Chart(String id, String title) {
    this.id = id;
    spec.put("title", title);
    spec.putArray("datasets");
  }

  /** Starts a vertical bar chart of counts, with the id of its canvas and its title. */
  public static Chart bars(String id, String title) {
    return new Chart(id, title);
  }

  /** Sets the categories: the axis title and one label per bar (in this order). */
  public Chart categories(String axisTitle, List<String> labels) {
    spec.put("categoryTitle", axisTitle);
    ArrayNode array = spec.putArray("labels");
    labels.forEach(array::add);
    return this;
  }

  /** Sets the title of the value axis. */
  public Chart values(String axisTitle) {
    spec.put("valueTitle", axisTitle);
    return this;
  }

  /** Draws the bars horizontally, one row per category. */
  public Chart horizontal() {
    spec.put("horizontal", true);
    return this;
  }

  /** Stacks the series of each category into one bar. */
  public Chart stacked() {
    spec.put("stacked", true);
    return this;
  }

  /** Makes the values shares in percent (0 to 100) instead of counts. */
  public Chart percent() {
    spec.put("percent", true);
    return this;
  }

  /** Adds a series: its legend label, colour and one value per category. */
  public Chart series(String label, String colour, List<? extends Number> values) {
    ObjectNode series = ((ArrayNode) spec.get("datasets")).addObject();
    series.put("label", label);
    series.put("colour", colour);
    ArrayNode data = series.putArray("data");
    values.forEach(v -> data.add(v.doubleValue()));
    return this;
  }

  /** Returns the id of the chart's canvas, its key in the page's data block. */
  public String id() {
    return id;
  }

  /** Returns the chart as the data the page's script draws. */
  public ObjectNode spec() {
    return spec;
  }

  /** Returns the markup of the canvas the chart is drawn into. */
  public String canvas() {
    String escapedId = Html.escape(id);
    return "<div class=\"chart\"><canvas id=\"" + escapedId + "\" data-chart=\"" + escapedId
        + "\" role=\"img\" aria-label=\"" + Html.escape(spec.get("title").asText())
        + "\"></canvas></div>";
  }

  /** Returns {@code count} as a share in percent rounded to 0.1, for a {@link #percent} chart. */
  public static double percentOf(long count, long total) {
    return Math.round(1000 * Html.shareOf(count, total)) / 10.0;
  }
}
