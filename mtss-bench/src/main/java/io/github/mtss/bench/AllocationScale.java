package io.github.mtss.bench;

import io.github.mtss.core.Need;
import io.github.mtss.core.allocation.SeatAllocation;
import io.github.mtss.core.allocation.SeatRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A district-shaped allocation problem: services of every need category at some schools and
 * grade bands, students at one school with one to three needs and tier-based priorities; times
 * the optimal allocation and compares it with first-come, first-served.
 */
public final class AllocationScale {
  private static final int SCHOOLS = 60;
  private static final int BANDS = 3;

  /** A generated problem. */
  record Problem(List<SeatRequest> requests, Map<String, Integer> capacities) {}

  private AllocationScale() {}

  /** Generates {@code students} students and {@code services} services. */
  static Problem generate(int students, int services, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Need[] needs = Need.values();
    Map<String, Integer> capacities = new LinkedHashMap<>();
    Map<String, List<String>> byNeedSchoolBand = new HashMap<>();
    for (int i = 0; i < services; i++) {
      String id = String.format("V%04d", i);
      Need category = needs[random.nextInt(needs.length)];
      capacities.put(id, random.nextInt(5, 120));
      boolean everySchool = random.nextInt(4) == 0;
      int school = random.nextInt(SCHOOLS);
      int band = random.nextInt(BANDS);
      for (int s = 0; s < SCHOOLS; s++) {
        for (int b = 0; b < BANDS; b++) {
          if ((everySchool || s == school || s == (school + 1) % SCHOOLS) && (b == band
              || random.nextInt(3) == 0)) {
            byNeedSchoolBand.computeIfAbsent(category + "/" + s + "/" + b,
                k -> new ArrayList<>()).add(id);
          }
        }
      }
    }
    List<SeatRequest> requests = new ArrayList<>();
    for (int i = 0; i < students; i++) {
      int school = random.nextInt(SCHOOLS);
      int band = random.nextInt(BANDS);
      int tierWeight = new int[] {1, 1, 1, 1, 1, 1, 3, 3, 6}[random.nextInt(9)];
      TreeSet<Need> wanted = new TreeSet<>();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        wanted.add(needs[random.nextInt(needs.length)]);
      }
      for (Need need : wanted) {
        requests.add(SeatRequest.builder()
            .studentId(String.format("S%07d", i)).need(need)
            .priority(tierWeight + random.nextInt(3))
            .eligibleServices(byNeedSchoolBand.getOrDefault(need + "/" + school + "/" + band,
                List.of()))
            .build());
      }
    }
    return new Problem(requests, capacities);
  }

  /** First come, first served: requests in input order take their first service with a seat. */
  static long greedy(Problem problem) {
    Map<String, Integer> left = new HashMap<>(problem.capacities());
    long total = 0;
    for (SeatRequest request : problem.requests()) {
      for (String service : request.eligibleServices()) {
        if (left.get(service) > 0) {
          left.merge(service, -1, Integer::sum);
          total += request.priority();
          break;
        }
      }
    }
    return total;
  }

  /** Prints allocation time and optimal versus greedy priority for 100k students x 500 services. */
  public static void main(String[] args) {
    int students = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int services = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    Problem problem = generate(students, services, 7);
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      SeatAllocation allocation = SeatAllocation.allocate(problem.requests(),
          problem.capacities());
      double seconds = (System.nanoTime() - start) / 1e9;
      long greedy = greedy(problem);
      System.out.printf("%d students, %d requests, %d services: optimal %.2f s, priority met "
              + "%d (%d requests met) vs first-come %d (+%.1f %%)%n", students,
          problem.requests().size(), services, seconds, allocation.totalPriority(),
          allocation.assignments().size(), greedy,
          100.0 * (allocation.totalPriority() - greedy) / greedy);
    }
  }
}
