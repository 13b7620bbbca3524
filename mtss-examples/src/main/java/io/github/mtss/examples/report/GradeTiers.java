package io.github.mtss.examples.report;

import io.github.mtss.core.Grade;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Students per tier in each grade, K first, read row by row from tiers.csv. */
public final class GradeTiers implements ReportSection {
  private static final String TIERS = "tiers.csv";

  @Override
  public Optional<Part> render(ReportRun run) throws IOException {
    Map<Grade, long[]> byGrade = new EnumMap<>(Grade.class);
    run.rows(TIERS, row -> {
      try {
        byGrade.computeIfAbsent(Grade.parse(row.get("grade_level")), g -> new long[3])
            [Integer.parseInt(row.get("tier")) - 1]++;
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(run.directory().resolve(TIERS) + ":" + row.getRecordNumber()
            + ": not a grade and tier of a screen: grade_level='" + row.get("grade_level")
            + "', tier='" + row.get("tier") + "'", e);
      }
    });
    List<Grade> grades = byGrade.keySet().stream().toList();
    Chart chart = Chart.bars("chartTiersByGrade", "Students per tier in each grade").stacked()
        .categories("Grade", grades.stream().map(Grade::label).toList()).values("Students");
    for (int tier = 0; tier < 3; tier++) {
      int t = tier;
      chart.series("Tier " + (tier + 1), Chart.TIER_COLOURS.get(tier),
          grades.stream().map(g -> byGrade.get(g)[t]).toList());
    }
    Html.Table table = new Html.Table("grade", "students#", "Tier 1#", "Tier 2#", "Tier 3#",
        "Tiers 2-3#");
    byGrade.forEach((grade, tiers) -> table.row(false).text(grade.label())
        .count(Arrays.stream(tiers).sum()).count(tiers[0]).count(tiers[1]).count(tiers[2])
        .share(Html.shareOf(tiers[1] + tiers[2], Arrays.stream(tiers).sum())));
    return Optional.of(Part.of(Html.section("tiers-grade", "Tiers per grade", chart.canvas()
        + "<details><summary>The numbers</summary>" + table.html() + "</details>"), chart));
  }
}
