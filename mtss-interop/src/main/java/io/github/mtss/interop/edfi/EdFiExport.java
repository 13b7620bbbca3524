package io.github.mtss.interop.edfi;

import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.CsvRow;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.InputFiles;
import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.batch.PlanCsv;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.core.Problem;
import io.github.mtss.core.progress.Plan;
import io.github.mtss.interop.edfi.internal.ExportBodies;
import io.github.mtss.interop.edfi.internal.JsonArrayFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes screening results back as Ed-Fi Data Standard 5 request bodies, for an Ed-Fi client to
 * load: per student of {@code tiers.csv} a {@code studentEducationOrganizationAssociation} whose
 * {@code studentIndicators} carry the tier and each domain's level (indicator name, group
 * {@code Early Warning}, level, period from the day of the screen), and per plan of
 * {@code plans.csv} a {@code studentInterventionAssociation}. See docs/edfi-export.md.
 *
 * <p>tiers.csv is streamed: a body is written as its row is read, so a million students need no
 * more memory than their plans. The output directory gets
 * {@value #STUDENT_ASSOCIATIONS}, {@value #INTERVENTION_ASSOCIATIONS} (JSON arrays, one body a
 * line) and {@value #REJECTS}, all or none.
 *
 * <pre>{@code
 * EdFiExportResult result = EdFiExport.builder(LocalDate.of(2026, 10, 1))
 *     .plans(Path.of("plans.csv"))
 *     .build()
 *     .export(Path.of("screen-out/tiers.csv"), Path.of("edfi-out"));
 * }</pre>
 */
public final class EdFiExport {
  /** The file of studentEducationOrganizationAssociation bodies. */
  public static final String STUDENT_ASSOCIATIONS = "studentEducationOrganizationAssociations.json";
  /** The file of studentInterventionAssociation bodies. */
  public static final String INTERVENTION_ASSOCIATIONS = "studentInterventionAssociations.json";
  /** The rows that could not be exported. */
  public static final String REJECTS = "export-rejects.csv";
  /** The domain columns of tiers.csv and the indicator name each becomes, by default. */
  public static final Map<String, String> DEFAULT_DOMAIN_INDICATORS = defaultDomains();
  private static final int ID_LENGTH = 32;
  private static final int INDICATOR_LENGTH = 60;

  private final LocalDate asOf;
  private final @Nullable Path plans;
  private final @Nullable Long educationOrganizationId;
  private final String indicatorGroup;
  private final String tierIndicator;
  private final String designatedBy;
  private final Map<String, String> domainIndicators;

  private EdFiExport(Builder builder) {
    this.asOf = builder.asOf;
    this.plans = builder.plans;
    this.educationOrganizationId = builder.educationOrganizationId;
    this.indicatorGroup = builder.indicatorGroup;
    this.tierIndicator = builder.tierIndicator;
    this.designatedBy = builder.designatedBy;
    this.domainIndicators = Collections.unmodifiableMap(
        new LinkedHashMap<>(builder.domainIndicators));
  }

  private static Map<String, String> defaultDomains() {
    Map<String, String> domains = new LinkedHashMap<>();
    domains.put("attendance", "Attendance");
    domains.put("behavior", "Behavior");
    domains.put("coursework", "Course performance");
    return Collections.unmodifiableMap(domains);
  }

  /** Returns a builder for the screen of day {@code asOf}. */
  public static Builder builder(LocalDate asOf) {
    return new Builder(asOf);
  }

  /** Builds {@link EdFiExport}s; see {@link EdFiExport#builder(LocalDate)}. */
  public static final class Builder {
    private final LocalDate asOf;
    private @Nullable Path plans;
    private @Nullable Long educationOrganizationId;
    private String indicatorGroup = "Early Warning";
    private String tierIndicator = "MTSS tier";
    private String designatedBy = "MTSS screening";
    private Map<String, String> domainIndicators = DEFAULT_DOMAIN_INDICATORS;

    private Builder(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf);
    }

    /** Sets the district's plans.csv, whose plans become intervention associations. */
    public Builder plans(@Nullable Path plans) {
      this.plans = plans;
      return this;
    }

    /**
     * Sets one education organization (e.g. the district's LEA id) for every association;
     * by default each student's {@code school_id}, which must then be a whole number.
     */
    public Builder educationOrganizationId(@Nullable Long id) {
      this.educationOrganizationId = id;
      return this;
    }

    /** Sets the {@code indicatorGroup} of the indicators (default {@code Early Warning}). */
    public Builder indicatorGroup(String group) {
      this.indicatorGroup = group;
      return this;
    }

    /** Sets the {@code indicatorName} of the tier (default {@code MTSS tier}). */
    public Builder tierIndicator(String name) {
      this.tierIndicator = name;
      return this;
    }

    /** Sets {@code designatedBy} of the indicators (default {@code MTSS screening}). */
    public Builder designatedBy(String designatedBy) {
      this.designatedBy = designatedBy;
      return this;
    }

    /**
     * Sets the tiers.csv domain columns exported and the indicator name of each (default
     * {@link #DEFAULT_DOMAIN_INDICATORS}), in order.
     */
    public Builder domainIndicators(Map<String, String> domains) {
      this.domainIndicators = new LinkedHashMap<>(domains);
      return this;
    }

    /** Returns the export. */
    public EdFiExport build() {
      return new EdFiExport(this);
    }
  }

  /**
   * Reads {@code tiersCsv} (and the plans) and writes the bodies into {@code outDir}, all or
   * none.
   *
   * @throws InputFileException when tiers.csv or plans.csv as a whole cannot be used
   * @throws IOException when a file cannot be read or the output written
   */
  public EdFiExportResult export(Path tiersCsv, Path outDir)
      throws InputFileException, IOException {
    List<RejectedRow> rejects = new ArrayList<>();
    Map<String, List<Plan>> plansByStudent = plansByStudent(rejects);
    ExportBodies bodies = new ExportBodies(indicatorGroup, designatedBy, tierIndicator, asOf);
    List<String> required = new ArrayList<>(List.of("student_id", "school_id", "tier"));
    required.addAll(domainIndicators.keySet());
    try (OutputDirectory dir = OutputDirectory.open(outDir,
        List.of(STUDENT_ASSOCIATIONS, INTERVENTION_ASSOCIATIONS, REJECTS))) {
      long students;
      long interventions;
      try (JsonArrayFile associations = new JsonArrayFile(dir.file(STUDENT_ASSOCIATIONS));
          JsonArrayFile planned = new JsonArrayFile(dir.file(INTERVENTION_ASSOCIATIONS))) {
        stream(tiersCsv, required, bodies, associations, planned, plansByStudent, rejects);
        writeUnscreened(plansByStudent, bodies, planned, rejects);
        students = associations.elements();
        interventions = planned.elements();
      }
      rejects.sort(Comparator.comparing(RejectedRow::file)
          .thenComparing(RejectedRow.IN_FILE_ORDER));
      RejectedRow.write(dir.file(REJECTS), rejects);
      dir.commit();
      return new EdFiExportResult(students, interventions, rejects);
    }
  }

  private Map<String, List<Plan>> plansByStudent(List<RejectedRow> rejects)
      throws InputFileException {
    Map<String, List<Plan>> byStudent = new HashMap<>();
    if (plans != null) {
      CsvInput.Result<Plan> read = InputFiles.read(plans, PlanCsv::readPlans);
      rejects.addAll(read.rejects());
      read.rows().forEach(row -> byStudent.computeIfAbsent(row.value().studentId(),
          k -> new ArrayList<>()).add(row.value()));
    }
    return byStudent;
  }

  /** A student's row of tiers.csv as exported. */
  private record Screened(String studentId, long educationOrganizationId, int tier,
      Map<String, String> levels) {}

  private void stream(Path tiersCsv, List<String> required, ExportBodies bodies,
      JsonArrayFile associations, JsonArrayFile planned, Map<String, List<Plan>> plansByStudent,
      List<RejectedRow> rejects) throws InputFileException, IOException {
    try {
      new CsvInput<Screened>(tiersCsv.toString(), required, this::screened).stream(tiersCsv,
          new CsvInput.Sink<>() {
            @Override
            public void accept(CsvInput.Row<Screened> row) {
              Screened student = row.value();
              try {
                associations.add(bodies.association(student.studentId(),
                    student.educationOrganizationId(), student.tier(), student.levels()));
                for (Plan plan : plansByStudent.getOrDefault(student.studentId(), List.of())) {
                  planned.add(bodies.intervention(plan, student.educationOrganizationId()));
                }
                plansByStudent.remove(student.studentId());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }

            @Override
            public void reject(RejectedRow problem) {
              rejects.add(problem);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private @Nullable Screened screened(CsvRow row) {
    String studentId = row.required("student_id");
    if (studentId.length() > ID_LENGTH) {
      row.addProblem(Problem.of("student_id", studentId, "longer than the " + ID_LENGTH
          + " characters of an Ed-Fi studentUniqueId"));
    }
    Long organization = organization(row);
    Integer tier = row.integer("tier");
    if (tier == null || tier < 1 || tier > 3) {
      row.addProblem(Problem.of("tier", row.text("tier"), "not a tier (1, 2 or 3)"));
    }
    Map<String, String> levels = new LinkedHashMap<>();
    domainIndicators.forEach((column, name) -> {
      String level = row.text(column);
      if (level != null && level.length() > INDICATOR_LENGTH) {
        row.addProblem(Problem.of(column, level, "longer than the " + INDICATOR_LENGTH
            + " characters of an Ed-Fi indicator"));
      } else if (level != null) {
        levels.put(name, level);
      }
    });
    return organization == null || tier == null ? null
        : new Screened(studentId, organization, tier, levels);
  }

  private @Nullable Long organization(CsvRow row) {
    if (educationOrganizationId != null) {
      return educationOrganizationId;
    }
    String school = row.required("school_id");
    try {
      return Long.parseLong(school);
    } catch (NumberFormatException e) {
      row.addProblem(Problem.of("school_id", school, "not an Ed-Fi educationOrganizationId "
          + "(a whole number): give the district's id with --education-organization-id"));
      return null;
    }
  }

  /**
   * Writes the plans of students not in tiers.csv when one education organization is given;
   * otherwise rejects them, as their school is unknown.
   */
  private void writeUnscreened(Map<String, List<Plan>> plansByStudent, ExportBodies bodies,
      JsonArrayFile planned, List<RejectedRow> rejects) throws IOException {
    for (List<Plan> unscreened : new TreeMap<>(plansByStudent).values()) {
      for (Plan plan : unscreened) {
        if (educationOrganizationId != null) {
          planned.add(bodies.intervention(plan, educationOrganizationId));
        } else {
          rejects.add(new RejectedRow(0, plan.studentId(), "student_id", "student_id='"
              + plan.studentId() + "': not in tiers.csv, so the school of plan " + plan.id()
              + " is unknown (give --education-organization-id)", String.valueOf(plans),
              plan.id(), plan.studentId()));
        }
      }
    }
  }
}
