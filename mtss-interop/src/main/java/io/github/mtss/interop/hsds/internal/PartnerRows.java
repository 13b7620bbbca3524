package io.github.mtss.interop.hsds.internal;

import io.github.mtss.batch.CsvOutput;
import io.github.mtss.core.Availability;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Need;
import io.github.mtss.core.PartnerType;
import io.github.mtss.interop.hsds.HsdsMapping;
import io.github.mtss.interop.hsds.internal.HsdsService.Capacity;
import io.github.mtss.interop.hsds.internal.HsdsService.Location;
import io.github.mtss.interop.hsds.internal.HsdsService.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns one HSDS service into its partners.csv row by the mapping, the supplement and the
 * schools; see docs/hsds.md for each rule. A service whose category no term, and no supplement
 * cell, gives, or whose schools lie beyond the radius, has a problem instead of a row.
 */
public final class PartnerRows {
  /** The columns of partners.csv, in the order written. */
  public static final List<String> COLUMNS = List.of("service_id", "service_name", "partner_id",
      "partner_name", "partner_type", "category", "tiers", "min_grade", "max_grade", "serves",
      "languages", "schedule", "schools", "capacity", "evidence_level");

  private final HsdsMapping mapping;
  private final Supplement supplement;
  private final @Nullable Schools schools;
  private final ImportCounts counts;

  /** Creates the mapper; {@code schools} null means every service serves every school. */
  public PartnerRows(HsdsMapping mapping, Supplement supplement, @Nullable Schools schools,
      ImportCounts counts) {
    this.mapping = mapping;
    this.supplement = supplement;
    this.schools = schools;
    this.counts = counts;
  }

  /**
   * The outcome of one service: its row, or the problem that keeps it out.
   *
   * @param cells the row by column, null when rejected
   * @param column the column at fault when rejected
   * @param problem what keeps it out, null when it has a row
   */
  public record Outcome(@Nullable Map<String, String> cells, String column,
      @Nullable String problem) {
    static Outcome rejected(String column, String problem) {
      return new Outcome(null, column, problem);
    }
  }

  /**
   * Returns whether a service's status is among those imported (a service without a status is);
   * counts the others as ignored.
   */
  public boolean imports(HsdsService service) {
    String status = service.status();
    if (status == null || mapping.statuses().contains(HsdsMapping.key(status))) {
      return true;
    }
    counts.ignored.merge("status " + HsdsMapping.key(status), 1, Integer::sum);
    return false;
  }

  /** Returns the row of {@code service}, or its problem. */
  public Outcome row(HsdsService service) {
    Map<String, String> cells = new LinkedHashMap<>();
    String id = service.id();
    cells.put("service_id", id);
    cells.put("service_name", filled(id, "service_name", service.name()));
    cells.put("partner_id", service.organization().id());
    cells.put("partner_name", filled(id, "partner_name", service.organization().name()));
    String category = filled(id, "category", category(service.terms()));
    if (category == null) {
      return Outcome.rejected("category", "no taxonomy term maps to a need category: "
          + terms(service.terms()) + " (add a term to the categories of --mapping, or give the "
          + "category in --supplement)");
    }
    cells.put("category", category);
    cells.put("tiers", supplement.cell(id, "tiers"));
    cells.put("min_grade", filled(id, "min_grade", grade(service.minimumAge(), Math::ceil)));
    cells.put("max_grade", filled(id, "max_grade", grade(service.maximumAge(), Math::floor)));
    if (isInverted(cells.get("min_grade"), cells.get("max_grade"))) {
      return Outcome.rejected("minimum_age", "minimum_age " + service.minimumAge()
          + " is above maximum_age " + service.maximumAge());
    }
    cells.put("serves", supplement.cell(id, "serves"));
    cells.put("languages", filled(id, "languages", languages(service)));
    cells.put("schedule", filled(id, "schedule", schedule(service)));
    String near = filled(id, "schools", schools(service));
    if (near != null && near.isEmpty()) {
      return Outcome.rejected("schools", "no school within " + mapping.schoolRadiusKm()
          + " km of the service's locations: " + nearest(service));
    }
    cells.put("schools", near);
    cells.put("capacity", filled(id, "capacity", capacity(service.capacities())));
    if (cells.get("capacity") == null) {
      counts.noSeatLimit++;
    }
    cells.put("evidence_level", supplement.cell(id, "evidence_level"));
    cells.put("partner_type", partnerType(service));
    return new Outcome(cells, "", null);
  }

  /** Returns the row as partners.csv cells in column order. */
  public static Object[] cells(Map<String, String> row) {
    return COLUMNS.stream().map(row::get).toArray();
  }

  private @Nullable String filled(String serviceId, String column, @Nullable String value) {
    return value != null ? value : supplement.cell(serviceId, column);
  }

  private String partnerType(HsdsService service) {
    for (Term term : service.organization().terms()) {
      PartnerType type = lookup(term, mapping.partnerTypes());
      if (type != null) {
        return type.id();
      }
    }
    String supplied = supplement.cell(service.id(), "partner_type");
    if (supplied != null) {
      return supplied;
    }
    counts.warn(service.source().file() + ":" + service.source().line() + ": service "
        + service.id() + ": no term of organization " + service.organization().id()
        + " gives a partner type; " + mapping.defaultPartnerType().id() + " is assumed (give "
        + "partner_type in --supplement)");
    return mapping.defaultPartnerType().id();
  }

  private @Nullable String category(List<Term> terms) {
    for (Term term : terms) {
      Optional<Need> need = lookup(term, mapping.categories());
      if (need == null) {
        counts.unmappedTerms.merge(term.label(), 1, Integer::sum);
      } else if (need.isPresent()) {
        return need.get().id();
      }
    }
    return null;
  }

  private static String terms(List<Term> terms) {
    return terms.isEmpty() ? "the service has no taxonomy term"
        : String.join("; ", terms.stream().map(Term::label).toList());
  }

  /** Looks a term up by name, then by code and the code's 211/AIRS ancestors. */
  static <T> @Nullable T lookup(Term term, Map<String, T> table) {
    if (term.name() != null && table.containsKey(HsdsMapping.key(term.name()))) {
      return table.get(HsdsMapping.key(term.name()));
    }
    for (String code : ancestors(term.code())) {
      if (table.containsKey(code)) {
        return table.get(code);
      }
    }
    return null;
  }

  /**
   * Returns a code and its ancestors, nearest first, lower case: {@code bd-1800.2000},
   * {@code bd-1800}, {@code bd}, {@code b} (a 211/AIRS code's levels are cut at its last {@code .}
   * or {@code -} in turn, and a two-letter code has its first letter as parent).
   */
  static List<String> ancestors(@Nullable String code) {
    List<String> ancestors = new ArrayList<>();
    if (code == null) {
      return ancestors;
    }
    String at = HsdsMapping.key(code);
    ancestors.add(at);
    for (int cut = lastCut(at); cut > 0; cut = lastCut(at)) {
      at = at.substring(0, cut);
      ancestors.add(at);
    }
    if (at.length() == 2 && Character.isLetter(at.charAt(0)) && Character.isLetter(at.charAt(1))) {
      ancestors.add(at.substring(0, 1));
    }
    return ancestors;
  }

  private static int lastCut(String code) {
    return Math.max(code.lastIndexOf('.'), code.lastIndexOf('-'));
  }

  private @Nullable String grade(@Nullable Double age, Function<Double, Double> round) {
    if (age == null) {
      return null;
    }
    long grade = Math.round(round.apply(age)) - mapping.kindergartenAge();
    return Grade.values()[(int) Math.max(0, Math.min(12, grade))].label();
  }

  private static boolean isInverted(@Nullable String min, @Nullable String max) {
    return min != null && max != null && Grade.parse(min).compareTo(Grade.parse(max)) > 0;
  }

  private @Nullable String languages(HsdsService service) {
    TreeSet<String> codes = new TreeSet<>();
    for (String language : service.languages()) {
      String code = Languages.iso6391(language);
      if (code == null) {
        counts.unknownLanguages.merge(language, 1, Integer::sum);
      } else {
        codes.add(code);
      }
    }
    return codes.isEmpty() ? null : CsvOutput.list(codes);
  }

  private @Nullable String schedule(HsdsService service) {
    TreeSet<Availability> windows = Schedules.windows(service.schedules(),
        mapping.eveningStarts());
    if (service.locations().stream().anyMatch(l -> "virtual".equalsIgnoreCase(l.type()))) {
      windows.add(Availability.VIRTUAL);
    }
    return windows.isEmpty() ? null : CsvOutput.list(windows,
        window -> window.name().toLowerCase(Locale.ROOT));
  }

  /** Returns the schools near the service, {@code *} for every school, empty for none. */
  private @Nullable String schools(HsdsService service) {
    if (schools == null) {
      return "*";
    }
    List<Location> placed = placed(service);
    if (placed.isEmpty()) {
      counts.everySchoolUnplaced++;
      return "*";
    }
    return CsvOutput.list(schools.within(placed, mapping.schoolRadiusKm()));
  }

  private String nearest(HsdsService service) {
    return schools == null ? "" : schools.nearest(placed(service))
        .map(n -> "the nearest is " + n.school().id() + String.format(Locale.ROOT, " at %.1f km",
            n.km()))
        .orElse("the schools file has no school");
  }

  private static List<Location> placed(HsdsService service) {
    return service.locations().stream()
        .filter(l -> l.latitude() != null && l.longitude() != null).toList();
  }

  private @Nullable String capacity(List<Capacity> capacities) {
    boolean available = mapping.capacityFigure().equals("available");
    double seats = 0;
    boolean any = false;
    for (Capacity capacity : capacities) {
      Double figure = available ? capacity.available() : capacity.maximum();
      if (figure != null && (capacity.unit() == null
          || mapping.capacityUnits().contains(HsdsMapping.key(capacity.unit())))) {
        seats += Math.max(0, figure);
        any = true;
      }
    }
    return any ? Long.toString((long) Math.floor(seats)) : null;
  }
}
