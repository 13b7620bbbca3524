package io.github.mtss.examples.report;

import java.io.IOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * unmet.csv counted by need: how many needs went unmet, why (capacity, schedule, ...), and the
 * partner types to recruit. Holds one entry per need, whatever the file's size.
 */
public final class UnmetDemand {
  /** The file it counts. */
  public static final String FILE = "unmet.csv";
  static final UnmetDemand NONE = new UnmetDemand();
  private final Map<String, SortedMap<String, Integer>> causesByNeed = new TreeMap<>();
  private final Map<String, String> partnerTypes = new TreeMap<>();

  /**
   * One need's unmet demand.
   *
   * @param need the need's id, as in unmet.csv
   * @param count rows of unmet.csv with this need
   * @param causes rows by cause
   * @param partnerTypes the partner types to recruit, as unmet.csv suggests them ({@code ;}
   *     separated)
   */
  public record Need(String need, int count, Map<String, Integer> causes, String partnerTypes) {}

  private UnmetDemand() {}

  static UnmetDemand read(ReportRun run) throws IOException {
    UnmetDemand demand = new UnmetDemand();
    run.rows(FILE, row -> {
      demand.causesByNeed.computeIfAbsent(row.get("need"), need -> new TreeMap<>())
          .merge(row.get("cause"), 1, Integer::sum);
      demand.partnerTypes.putIfAbsent(row.get("need"), row.get("suggested_partner_types"));
    });
    return demand;
  }

  /** Returns the unmet needs, most unmet first. */
  public List<Need> needs() {
    return causesByNeed.entrySet().stream()
        .map(e -> new Need(e.getKey(), sum(e.getValue()), Collections.unmodifiableSortedMap(e.getValue()),
            partnerTypes.get(e.getKey())))
        .sorted(Comparator.comparingInt(Need::count).reversed()).toList();
  }

  /** Returns how many needs of this id went unmet. */
  public int count(String need) {
    Map<String, Integer> causes = causesByNeed.get(need);
    return causes == null ? 0 : sum(causes);
  }

  private static int sum(Map<String, Integer> causes) {
    return causes.values().stream().mapToInt(Integer::intValue).sum();
  }
}
