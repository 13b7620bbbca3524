package io.github.mtss.examples.report;

/**
 * The report's limits, each a {@code report} option with a documented default.
 *
 * @param tier23Flag share of students in Tiers 2-3 above which a school is flagged (default 0.20,
 *     the 80/15/5 rule of thumb)
 * @param schoolsInChart at most this many flagged schools are drawn (all are in the table)
 * @param servicesInChart the chart of partner services shows this many of the fullest and this
 *     many of the least-used services (all are in the table)
 */
public record ReportSettings(double tier23Flag, int schoolsInChart, int servicesInChart) {
  /** The defaults: flag above 20 %, draw 20 schools, 10 fullest and 10 least-used services. */
  public static final ReportSettings DEFAULTS = new ReportSettings(0.20, 20, 10);

  /** Checks the limits. */
  public ReportSettings {
    if (!(tier23Flag >= 0 && tier23Flag <= 1)) {
      throw new IllegalArgumentException("--tier23-flag must be a share from 0 to 1, was "
          + tier23Flag);
    }
    if (schoolsInChart < 1 || servicesInChart < 1) {
      throw new IllegalArgumentException("--schools-in-chart and --services-in-chart must be 1 or more, were "
          + schoolsInChart + " and " + servicesInChart);
    }
  }
}
