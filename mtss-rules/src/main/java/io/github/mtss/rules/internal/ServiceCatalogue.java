package io.github.mtss.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.mtss.core.Eligibility;
import io.github.mtss.core.Need;
import io.github.mtss.core.Service;
import io.github.mtss.core.UnmetCause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
  private final Map<Need, Map<String, List<Service>>> bySchool = new EnumMap<>(Need.class);
  private final Map<Need, List<Service>> everySchool = new EnumMap<>(Need.class);

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
    for (Service service : all) {
      if (service.allSchools()) {
        everySchool.computeIfAbsent(service.category(), n -> new ArrayList<>()).add(service);
      }
      for (String school : service.schools()) {
        bySchool.computeIfAbsent(service.category(), n -> new HashMap<>())
            .computeIfAbsent(school, s -> new ArrayList<>()).add(service);
      }
    }
  }

  /**
   * Returns the services of {@code need}'s category that run at {@code school} or at every
   * school, sorted by id.
   */
  List<Service> candidates(Need need, String school) {
    List<Service> candidates = new ArrayList<>(everySchool.getOrDefault(need, List.of()));
    for (Service service : bySchool.getOrDefault(need, Map.of()).getOrDefault(school, List.of())) {
      if (!service.allSchools()) {
        candidates.add(service);
      }
    }
    candidates.sort(Comparator.comparing(Service::id));
    return candidates;
  }

  /** Returns every service, sorted by id. */
  public List<Service> all() {
    return all;
  }

  /** Returns whether there are no services. */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /**
   * Returns each need's eligibility at the student's school given the misfits found among its
   * candidates: {@code NO_SERVICE} when no service of the category exists, {@code SCHOOL} when
   * none runs at the school, otherwise the first cause of the candidate that fails least.
   */
  Map<Need, Eligibility> eligibility(Set<Need> needs, String school,
      Map<Need, Map<String, Set<UnmetCause>>> misfits) {
    Map<Need, Eligibility> result = new EnumMap<>(Need.class);
    for (Need need : needs) {
      Map<String, Set<UnmetCause>> failed = misfits.getOrDefault(need, Map.of());
      Set<String> eligible = new TreeSet<>();
      UnmetCause cause = byCategory.get(need).isEmpty() ? UnmetCause.NO_SERVICE
          : UnmetCause.SCHOOL;
      int fewest = Integer.MAX_VALUE;
      for (Service service : candidates(need, school)) {
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
