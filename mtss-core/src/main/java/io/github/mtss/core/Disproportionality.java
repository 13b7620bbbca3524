package io.github.mtss.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Risk ratios of Tier 3 and of Tiers 2-3 for every subgroup of every demographic column, against
 * all other students (IDEA significant-disproportionality practice). A student whose value in a
 * column is unknown (empty) is left out of that column's comparison. Ratios are flagged when above
 * {@link Policy#disproportionalityFlagRatio()} and both groups count at least
 * {@link Policy#disproportionalityMinGroup()} students.
 */
public final class Disproportionality {
  /** The outcome "placed in Tier 3". */
  public static final String TIER_3 = "tier3";
  /** The outcome "placed in Tier 2 or 3". */
  public static final String TIERS_2_3 = "tier2_3";

  private Disproportionality() {}

  /** One student as the report sees it: the value of each demographic column and the tier. */
  public interface Subject {
    /** Returns the student's value in {@code column}, or null or empty when unknown. */
    @org.jspecify.annotations.Nullable String value(String column);

    /** Returns the student's tier. */
    Tier tier();
  }

  /** Returns the ratios of every subgroup of every column, by column, group, then outcome. */
  public static List<RiskRatio> of(List<String> columns, Iterable<? extends Subject> students,
      Policy policy) {
    List<RiskRatio> ratios = new ArrayList<>();
    for (String column : columns) {
      Map<String, int[]> groups = new TreeMap<>();
      int[] total = new int[3];
      for (Subject student : students) {
        String value = student.value(column);
        if (value == null || value.isBlank()) {
          continue;
        }
        int[] counts = groups.computeIfAbsent(value.strip(), v -> new int[3]);
        add(counts, student.tier());
        add(total, student.tier());
      }
      groups.forEach((group, counts) -> {
        ratios.add(ratio(column, group, TIER_3, counts[0], counts[2], total[0], total[2], policy));
        ratios.add(ratio(column, group, TIERS_2_3, counts[0], counts[1], total[0], total[1],
            policy));
      });
    }
    return ratios;
  }

  /** Counts students, those in Tier 2 or 3, and those in Tier 3. */
  private static void add(int[] counts, Tier tier) {
    counts[0]++;
    counts[1] += tier == Tier.TIER_1 ? 0 : 1;
    counts[2] += tier == Tier.TIER_3 ? 1 : 0;
  }

  private static RiskRatio ratio(String column, String group, String outcome, int size,
      int withOutcome, int totalSize, int totalWithOutcome, Policy policy) {
    RiskRatio unflagged = RiskRatio.builder().column(column).group(group).outcome(outcome)
        .groupSize(size).groupWithOutcome(withOutcome)
        .othersSize(totalSize - size).othersWithOutcome(totalWithOutcome - withOutcome)
        .flagged(false).build();
    Double value = unflagged.ratio();
    boolean bigEnough = size >= policy.disproportionalityMinGroup()
        && totalSize - size >= policy.disproportionalityMinGroup();
    return RiskRatio.builder().from(unflagged).flagged(bigEnough && value != null
        && value > policy.disproportionalityFlagRatio()).build();
  }
}
