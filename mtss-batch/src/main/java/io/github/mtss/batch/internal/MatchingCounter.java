package io.github.mtss.batch.internal;

import com.google.common.collect.ImmutableSortedMap;
import io.github.mtss.batch.MatchingSummary;
import io.github.mtss.core.Need;
import io.github.mtss.core.UnmetCause;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts matched requests one at a time into a {@link MatchingSummary}. Not thread-safe. */
final class MatchingCounter {
  private final Map<Need, int[]> counts = new EnumMap<>(Need.class);
  private final Map<Need, Map<UnmetCause, Integer>> causes = new EnumMap<>(Need.class);
  private final TreeMap<String, Integer> used = new TreeMap<>();
  private long priority;

  MatchingCounter(Iterable<String> services) {
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
    Map<Need, MatchingSummary.NeedCounts> needs = new EnumMap<>(Need.class);
    counts.forEach((need, c) -> needs.put(need, new MatchingSummary.NeedCounts(c[0], c[1],
        Collections.unmodifiableMap(causes.getOrDefault(need, Map.of())))));
    return new MatchingSummary(Collections.unmodifiableMap(needs),
        ImmutableSortedMap.copyOf(used), priority);
  }
}
