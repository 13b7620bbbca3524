package io.github.mtss.batch;

import io.github.mtss.core.Audience;
import io.github.mtss.core.Availability;
import io.github.mtss.core.Grade;
import io.github.mtss.core.Need;
import io.github.mtss.core.Partner;
import io.github.mtss.core.PartnerType;
import io.github.mtss.core.Problem;
import io.github.mtss.core.Service;
import io.github.mtss.core.Tier;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code partners.csv} as specified in {@code shared/formats.md}: one row per service.
 * Required: {@code service_id} (unique), {@code partner_id}, {@code partner_type},
 * {@code category}, and the {@code capacity} column, whose empty cell means a service with no seat
 * limit (a referral service). An empty optional cell is unknown and never excludes a
 * student: no tiers means every tier, no grades K to 12, no {@code serves} the student, no
 * languages or {@code *} any language, no schedule any time, no schools or {@code *} every school
 * (docs/formats.md). A partner is defined by its first row; a later row naming it differently, or
 * with another type, keeps its service with that definition and is reported.
 */
public final class PartnerCsv {
  private static final List<String> REQUIRED =
      List.of("service_id", "partner_id", "partner_type", "category", "capacity");
  private static final String ANY = "*";

  private PartnerCsv() {}

  /**
   * Reads every row of a partners file. A later row of a partner with another name or type keeps
   * its service with the partner's first definition, and a reject naming both lines says so; a
   * later row with no partner name is the first definition's.
   *
   * @throws InputFileException when the file as a whole cannot be used
   */
  public static CsvInput.Result<Service> read(String fileName, InputStream in)
      throws InputFileException {
    Set<String> serviceIds = new HashSet<>();
    Map<String, CsvInput.Row<Partner>> partners = new HashMap<>();
    List<RejectedRow> warnings = new ArrayList<>();
    CsvInput.Result<Service> read = new CsvInput<Service>(fileName, "service_id", REQUIRED,
        row -> {
          Service service = unique(toService(row), row, serviceIds);
          return service == null ? null : withFirstDefinition(service, row, partners,
              problem -> warnings.add(RejectedRow.of(row.line(), "", service.id(), problem,
                  fileName)));
        }).read(in);
    List<RejectedRow> rejects = new ArrayList<>(read.rejects());
    rejects.addAll(warnings);
    rejects.sort(RejectedRow.IN_FILE_ORDER);
    return new CsvInput.Result<>(read.rows(), rejects, read.rowsRead(), fileName);
  }

  private static @Nullable Service unique(@Nullable Service service, CsvRow row,
      Set<String> serviceIds) {
    if (service != null && !serviceIds.add(service.id())) {
      row.addProblem(Problem.of("service_id", service.id(),
          "duplicate service id; the first row with this id is kept"));
      return null;
    }
    return service;
  }

  /**
   * Returns the service with its partner's first definition, warning when this row defines the
   * partner otherwise (a row with no partner name takes the first definition unsaid).
   */
  private static Service withFirstDefinition(Service service, CsvRow row,
      Map<String, CsvInput.Row<Partner>> partners, Consumer<Problem> warn) {
    Partner partner = service.partner();
    CsvInput.Row<Partner> first = partners.putIfAbsent(partner.id(),
        new CsvInput.Row<>(row.line(), partner));
    if (first == null || first.value().equals(partner)) {
      return service;
    }
    if (row.text("partner_name") != null || first.value().type() != partner.type()) {
      warn.accept(Problem.of("partner_id", partner.id(), "partner listed on line " + first.line()
          + " as " + describe(first.value()) + " and here as " + describe(partner)
          + "; the service is kept with the definition of line " + first.line()));
    }
    return Service.builder().from(service).partner(first.value()).build();
  }

  private static String describe(Partner partner) {
    return partner.name() + " (" + partner.type().id() + ")";
  }

  private static @Nullable Service toService(CsvRow row) {
    String id = row.required("service_id");
    String partnerId = row.required("partner_id");
    PartnerType type = row.parse("partner_type", "not a partner type", PartnerType::parse);
    Need category = row.parse("category", "not a need category", Need::parse);
    Integer capacity = row.integer("capacity");
    if (capacity != null && capacity < 0) {
      row.addProblem(Problem.of("capacity", capacity.toString(), "must not be negative"));
    }
    Integer evidence = row.integer("evidence_level");
    if (evidence != null && (evidence < 1 || evidence > 4)) {
      row.addProblem(Problem.of("evidence_level", evidence.toString(), "must be 1 to 4"));
    }
    Grade min = row.parse("min_grade", "not a grade level", Grade::parse);
    Grade max = row.parse("max_grade", "not a grade level", Grade::parse);
    List<Tier> tiers = row.list("tiers", text -> Tier.of(Integer.parseInt(text)));
    List<String> languages = row.list("languages",
        text -> text.equals(ANY) ? ANY : CsvRow.languageCode(text));
    List<Availability> schedule = row.list("schedule", Availability::parse);
    List<String> schools = row.list("schools", text -> text);
    Audience audience = row.parse("serves", "not student, family or both", Audience::parse);
    if (min != null && max != null && min.compareTo(max) > 0) {
      row.addProblem(Problem.of("min_grade", min.label(), "is above max_grade " + max.label()));
    }
    if (!row.problems().isEmpty() || type == null || category == null) {
      return null;
    }
    String name = row.text("service_name");
    String partnerName = row.text("partner_name");
    return Service.builder()
        .id(id)
        .name(name == null ? id : name)
        .partner(Partner.builder().id(partnerId)
            .name(partnerName == null ? partnerId : partnerName).type(type).build())
        .category(category)
        .tiers(tiers.isEmpty() ? EnumSet.allOf(Tier.class) : EnumSet.copyOf(tiers))
        .minGrade(min == null ? Grade.K : min)
        .maxGrade(max == null ? Grade.G12 : max)
        .audience(audience == null ? Audience.STUDENT : audience)
        .languages(languages.stream().filter(l -> !l.equals(ANY)).toList())
        .interpretation(languages.isEmpty() || languages.contains(ANY))
        .schedule(schedule.isEmpty() ? EnumSet.allOf(Availability.class) : EnumSet.copyOf(schedule))
        .schools(schools.stream().filter(s -> !s.equals(ANY)).toList())
        .allSchools(schools.isEmpty() || schools.contains(ANY))
        .capacity(capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity))
        .evidenceLevel(evidence)
        .build();
  }
}
