package io.github.mtss.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tiers per school, for the 80/15/5 check: a school with far more than the flag's share of its
 * students in Tiers 2-3 likely has a Tier 1 problem. The chart shows the share of each tier in
 * the flagged schools, highest Tier 2-3 share first (at most the settings' number); the table
 * below lists every school in that order.
 */
public final class SchoolTiers implements ReportSection {
  /** One school's students per tier. */
  private record School(String id, long[] tiers) {
    long total() {
      return tiers[0] + tiers[1] + tiers[2];
    }

    double tier23Share() {
      return Html.shareOf(tiers[1] + tiers[2], total());
    }
  }

  @Override
  public Optional<Part> render(ReportRun run) {
    List<School> schools = schools(run.summary().path("tiers_by_school"));
    double flag = run.settings().tier23Flag();
    List<School> flagged = schools.stream().filter(s -> s.tier23Share() > flag).toList();
    String line = Html.share(flag);
    StringBuilder html = new StringBuilder(Html.paragraph(flagged.size() + " of " + schools.size()
        + " schools have more than " + line + " of their students in Tiers 2-3, which points to "
        + "a Tier 1 (core instruction or attendance) problem rather than a student one."));
    Chart chart = null;
    if (!flagged.isEmpty()) {
      List<School> drawn = flagged.subList(0, Math.min(flagged.size(),
          run.settings().schoolsInChart()));
      chart = chart(drawn, line);
      html.append(chart.canvas());
      if (drawn.size() < flagged.size()) {
        html.append(Html.paragraph("The chart shows the " + drawn.size() + " with the highest "
            + "share; every school is in the table below."));
      }
    }
    String section = Html.section("tiers-school", "Schools that need attention", html.toString())
        + Html.section("check-80-15-5", "Every school, highest Tier 2-3 share first",
            table(schools, flag));
    return Optional.of(chart == null ? Part.of(section) : Part.of(section, chart));
  }

  private static List<School> schools(JsonNode bySchool) {
    List<School> schools = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = bySchool.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> school = it.next();
      JsonNode counts = school.getValue();
      schools.add(new School(school.getKey(), new long[] {counts.path("1").asLong(),
          counts.path("2").asLong(), counts.path("3").asLong()}));
    }
    schools.sort(Comparator.comparingDouble(School::tier23Share).reversed()
        .thenComparing(School::id));
    return schools;
  }

  private static Chart chart(List<School> schools, String line) {
    Chart chart = Chart.bars("chartTiersBySchool", "Share of students per tier, schools above "
        + line + " in Tiers 2-3").horizontal().stacked().percent()
        .categories("School", schools.stream().map(School::id).toList())
        .values("Share of the school's students");
    for (int tier = 0; tier < 3; tier++) {
      int t = tier;
      chart.series("Tier " + (tier + 1), Chart.TIER_COLOURS.get(tier), schools.stream()
          .map(s -> Chart.percentOf(s.tiers()[t], s.total())).toList());
    }
    return chart;
  }

  private static String table(List<School> schools, double flag) {
    Html.Table table = new Html.Table("school", "students#", "Tier 1#", "Tier 2#", "Tier 3#",
        "Tiers 2-3#");
    for (School school : schools) {
      table.row(school.tier23Share() > flag).text(school.id()).count(school.total())
          .count(school.tiers()[0]).count(school.tiers()[1]).count(school.tiers()[2])
          .share(school.tier23Share());
    }
    return table.html();
  }
}
