package io.github.mtss.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.mtss.core.Eligibility;
import io.github.mtss.core.Need;
import io.github.mtss.core.Service;
import io.github.mtss.core.UnmetCause;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The partner services an engine screens against, indexed by the need they meet, and the fold of
 * the eligibility rules' misfits into each need's {@link Eligibility}.
 */
public final class ServiceCatalogue {
  private final ImmutableList<Service> all;
  private final ImmutableListMultimap<Need, Service> byCategory;

  /**
   * Indexes the services.
   *
   * @throws IllegalArgumentException when two services share an id
   */
  public ServiceCatalogue(Collection<Service> services) {
    this.all = ImmutableList.sortedCopyOf(Comparator.comparing(Service::id), services);
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).id().equals(all.get(i - 1).id())) {
        throw new IllegalArgumentException("two services share the id " + all.get(i).id());
      }
    }
    this.byCategory = Multimaps.index(all, Service::category);
  }

  /** Returns every service, sorted by id. */
  public List<Service> all() {
    return all;
  }

  /** Returns whether there are no services. */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** Returns each need's eligibility given the misfits found, by need then service. */
  Map<Need, Eligibility> eligibility(Set<Need> needs,
      Map<Need, Map<String, Set<UnmetCause>>> misfits) {
    Map<Need, Eligibility> result = new EnumMap<>(Need.class);
    for (Need need : needs) {
      Map<String, Set<UnmetCause>> failed = misfits.getOrDefault(need, Map.of());
      Set<String> eligible = new TreeSet<>();
      UnmetCause cause = UnmetCause.NO_SERVICE;
      int fewest = Integer.MAX_VALUE;
      for (Service service : byCategory.get(need)) {
        Set<UnmetCause> causes = failed.getOrDefault(service.id(), Set.of());
        if (causes.isEmpty()) {
          eligible.add(service.id());
        } else if (causes.size() < fewest) {
          fewest = causes.size();
          cause = causes.iterator().next();
        }
      }
      result.put(need, Eligibility.builder().eligibleServices(eligible)
          .cause(eligible.isEmpty() ? cause : UnmetCause.CAPACITY).build());
    }
    return result;
  }
}
