package io.github.mtss.batch;

import io.github.mtss.core.Need;
import io.github.mtss.core.UnmetCause;
import java.util.Map;
import java.util.SortedMap;
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
}
