package io.github.mtss.examples.screening;

import com.google.common.collect.ImmutableSortedMap;
import io.github.mtss.core.Need;
import io.github.mtss.core.UnmetCause;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What partner matching achieved, counted while recommendations.csv and unmet.csv are written:
 * needs met and unmet with their causes, seats used per service, and the priority met.
 *
 * @param needs per need with at least one request: met, unmet, and unmet by cause
 * @param seatsUsed seats used per service id, every service listed
 * @param priorityMet the total priority of the needs met
 */
public record MatchingSummary(Map<Need, NeedCounts> needs, SortedMap<String, Integer> seatsUsed,
    long priorityMet) {

  /**
   * The requests of one need.
   *
   * @param met how many got a seat
   * @param unmet how many did not
   * @param causes the unmet ones by cause
   */
  public record NeedCounts(int met, int unmet, Map<UnmetCause, Integer> causes) {
    /** Returns the cause most unmet requests share, or null when all were met. */
    public @Nullable UnmetCause mainCause() {
      return causes.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey).orElse(null);
    }
  }

  /** Counts requests one at a time. Not thread-safe. */
  static final class Counter {
    private final Map<Need, int[]> counts = new EnumMap<>(Need.class);
    private final Map<Need, Map<UnmetCause, Integer>> causes = new EnumMap<>(Need.class);
    private final TreeMap<String, Integer> used = new TreeMap<>();
    private long priority;

    Counter(Iterable<String> services) {
      services.forEach(service -> used.put(service, 0));
    }

    void met(Need need, String service, long requestPriority) {
      counts.computeIfAbsent(need, n -> new int[2])[0]++;
      used.merge(service, 1, Integer::sum);
      priority += requestPriority;
    }

    void unmet(Need need, UnmetCause cause) {
      counts.computeIfAbsent(need, n -> new int[2])[1]++;
      causes.computeIfAbsent(need, n -> new EnumMap<>(UnmetCause.class))
          .merge(cause, 1, Integer::sum);
    }

    MatchingSummary summary() {
      Map<Need, NeedCounts> needs = new EnumMap<>(Need.class);
      counts.forEach((need, c) -> needs.put(need, new NeedCounts(c[0], c[1],
          Collections.unmodifiableMap(causes.getOrDefault(need, Map.of())))));
      return new MatchingSummary(Collections.unmodifiableMap(needs),
          ImmutableSortedMap.copyOf(used), priority);
    }
  }
}
