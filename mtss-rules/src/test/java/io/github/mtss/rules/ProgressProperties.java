package io.github.mtss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.progress.PlanDecision;
import io.github.mtss.core.progress.ProgressOutcome;
import io.github.mtss.core.progress.ProgressPoint;
import io.github.mtss.core.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Invariants of the progress decision rules. */
class ProgressProperties {
  private static final LocalDate START = LocalDate.of(2026, 9, 7);
  private static MtssEngine engine;

  @BeforeContainer
  static void compile() {
    engine = MtssEngine.builder().build();
  }

  private static PlanDecision review(List<ProgressPoint> points, int weeks) {
    return engine.review(List.of(ProgressRulesTest.plan(Tier.TIER_2)), points,
        START.plusWeeks(weeks)).get(0);
  }

  @Property(tries = 200)
  void aPointAboveTheAimlineNeverTurnsContinueIntoIntensify(
      @ForAll("weeklyValues") List<Double> values) {
    List<ProgressPoint> points = points(values);
    PlanDecision before = review(points, values.size());
    int nextWeek = values.size() + 1;
    double aboveAim = 20 + 2 * nextWeek + 3;
    List<ProgressPoint> more = new ArrayList<>(points);
    more.add(ProgressPoint.of("p1", START.plusWeeks(nextWeek), aboveAim));
    PlanDecision after = review(more, nextWeek);

    boolean continued = before.outcome() == ProgressOutcome.CONTINUE;
    if (continued) {
      assertThat(after.outcome()).isNotEqualTo(ProgressOutcome.INTENSIFY);
    }
    Statistics.label("before the point, the plan continued").collect(continued);
    Statistics.label("before the point, the plan continued")
        .coverage(coverage -> coverage.check(true).percentage(share -> share >= 20));
  }

  @Property(tries = 200)
  void decisionsDoNotDependOnTheOrderOfPoints(@ForAll("weeklyValues") List<Double> values) {
    List<ProgressPoint> points = points(values);
    List<ProgressPoint> shuffled = new ArrayList<>(points);
    Collections.shuffle(shuffled, new Random(values.size()));
    assertThat(review(shuffled, values.size())).isEqualTo(review(points, values.size()));
  }

  @Provide
  Arbitrary<List<Double>> weeklyValues() {
    return Arbitraries.integers().between(-6, 6).list().ofMinSize(4).ofMaxSize(12)
        .map(noise -> {
          List<Double> values = new ArrayList<>();
          for (int week = 1; week <= noise.size(); week++) {
            values.add(20.0 + 2 * week + noise.get(week - 1));
          }
          return values;
        });
  }

  private static List<ProgressPoint> points(List<Double> values) {
    List<ProgressPoint> points = new ArrayList<>();
    for (int week = 1; week <= values.size(); week++) {
      points.add(ProgressPoint.of("p1", START.plusWeeks(week), values.get(week - 1)));
    }
    return points;
  }
}
