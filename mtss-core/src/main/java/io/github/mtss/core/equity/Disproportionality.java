package io.github.mtss.core.equity;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    Tally tally = new Tally(columns);
    students.forEach(tally::add);
    return tally.ratios(policy);
  }

  /**
   * Counts students one at a time, for rosters too large to hold: memory grows with the number
   * of subgroups, not of students. Not thread-safe.
   */
  public static final class Tally {
    private final List<String> columns;
    private final Map<String, Map<String, int[]>> groups = new LinkedHashMap<>();
    private final Map<String, int[]> totals = new LinkedHashMap<>();

    /** Creates a tally of the given demographic columns. */
    public Tally(List<String> columns) {
      this.columns = List.copyOf(columns);
      for (String column : this.columns) {
        groups.put(column, new TreeMap<>());
        totals.put(column, new int[3]);
      }
    }

    /** Counts one student. */
    public void add(Subject student) {
      for (String column : columns) {
        String value = student.value(column);
        if (value == null || value.isBlank()) {
          continue;
        }
        count(groups.get(column).computeIfAbsent(value.strip(), v -> new int[3]), student.tier());
        count(totals.get(column), student.tier());
      }
    }

    /** Returns the ratios of every subgroup of every column, by column, group, then outcome. */
    public List<RiskRatio> ratios(Policy policy) {
      List<RiskRatio> ratios = new ArrayList<>();
      for (String column : columns) {
        int[] total = totals.get(column);
        groups.get(column).forEach((group, counts) -> {
          ratios.add(ratio(column, group, TIER_3, counts[0], counts[2], total[0], total[2],
              policy));
          ratios.add(ratio(column, group, TIERS_2_3, counts[0], counts[1], total[0], total[1],
              policy));
        });
      }
      return ratios;
    }
  }

  /** Counts students, those in Tier 2 or 3, and those in Tier 3. */
  private static void count(int[] counts, Tier tier) {
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
