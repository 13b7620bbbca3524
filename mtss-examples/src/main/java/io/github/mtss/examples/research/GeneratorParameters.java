package io.github.mtss.examples.research;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mtss.batch.InputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every share, rate and correlation of the synthetic district, read from
 * {@code generator-parameters.yaml} (the documented defaults) and, optionally, a district's own
 * copy in which any value it sets replaces the default. Values are checked when read: a share
 * outside 0-1 or shares that do not add up name the parameter and its value.
 */
public record GeneratorParameters(Schools schools, Loadings loadings, Attendance attendance,
    Behavior behavior, Coursework coursework, Screener screener, Context context, Family family,
    Demographics demographics, Outcome outcome, NextPeriod nextPeriod, Partners partners) {
  static final String DEFAULTS = "generator-parameters.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private static final List<String> BANDS = List.of("elementary", "middle", "ninth", "high");

  /** Schools: how many, their grade spans, and how much latent risk differs between them. */
  public record Schools(int studentsPerSchool, double elementaryShare, double middleShare,
      double betweenSchoolShare, double highNeedShare, double highNeedShift) {}

  /** How strongly each indicator reads the latent risk (0 none, towards 1 all). */
  public record Loadings(double attendance, double behavior, double coursework, double screener,
      double lowIncome, double outcome) {}

  /** Days enrolled and absent. */
  public record Attendance(double partYearShare, int fullYearDays,
      Map<String, Double> chronicShare, double severeShareOfChronic, double severeSpan,
      double notChronicMaxRate) {}

  /** Suspensions and incidents, per grade band. */
  public record Behavior(Map<String, Double> suspensionShare, double suspensionExtraDaysMean,
      Map<String, Double> majorIncidentShare, double secondMajorShare,
      Map<String, Double> minorIncidentsMean, double minorConcentration) {}

  /** Failing grades and GPA, grades 6-12. */
  public record Coursework(Map<String, Double> failElaShare, Map<String, Double> failMathShare,
      Map<String, Double> failOtherShare, double secondOtherShare, double subjectCorrelation,
      double gpaMean, double gpaSd, double gpaCorrelation, double gpaPenaltyPerF) {}

  /** Universal screener percentiles, grades K-5. */
  public record Screener(double readingMathCorrelation, double mathScreenedShare,
      double meanAboveNorm) {}

  /** Context flags: retention and school moves. */
  public record Context(double retainedShare, Map<String, Double> schoolMoves) {}

  /** Family language, availability, literacy support and recorded needs. */
  public record Family(Map<String, Double> homeLanguage, double availabilityShare,
      Map<String, Double> literacySupportShare, double recordedNeedsShare) {}

  /** Demographic columns, read only by the disproportionality report. */
  public record Demographics(Map<String, Double> raceEthnicity, double femaleShare,
      double ellShareOfOtherLanguage, double lowIncomeShare, double iepShare) {}

  /** The simulated outcome of outcomes.csv. */
  public record Outcome(String name, double baseRate) {}

  /** How a second period follows from the first. */
  public record NextPeriod(double persistence, double servedEffect) {}

  /** The services of partners.csv and their seats. */
  public record Partners(int districtServicesPerNeed, int studentsPerDistrictSeat,
      int servicesPerSchool, int schoolSeatsMin, int schoolSeatsMax) {}

  /** Returns the documented defaults. */
  public static GeneratorParameters defaults() {
    try {
      return load(null);
    } catch (InputFileException e) {
      throw new IllegalStateException("the default " + DEFAULTS + " is invalid: "
          + e.getMessage(), e);
    }
  }

  /**
   * Returns the defaults with every value {@code file} sets replaced, or the defaults when
   * {@code file} is null.
   *
   * @throws InputFileException naming the file, and the line and column or the parameter, when
   *     the file cannot be read, names an unknown parameter or has a value out of range
   */
  public static GeneratorParameters load(@Nullable Path file) throws InputFileException {
    JsonNode tree = defaultTree();
    String name = DEFAULTS;
    if (file != null) {
      name = file.toString();
      try (InputStream in = Files.newInputStream(file)) {
        JsonNode own = YAML.readTree(in);
        if (own != null && !own.isMissingNode() && !own.isNull()) {
          if (!own.isObject()) {
            throw new InputFileException(name + ": must be a map of parameters, as in the "
                + "default " + DEFAULTS);
          }
          merge((ObjectNode) tree, own);
        }
      } catch (JsonProcessingException e) {
        throw new InputFileException(name + ":" + e.getLocation().getLineNr() + ":"
            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage().lines().findFirst()
            .orElse("not YAML"), e);
      } catch (IOException e) {
        throw new InputFileException(name + ": cannot be read (" + e.getMessage() + ")", e);
      }
    }
    GeneratorParameters parameters;
    try {
      parameters = YAML.treeToValue(tree, GeneratorParameters.class);
    } catch (PropertyBindingException e) {
      throw new InputFileException(name + ": " + path(e) + ": unknown parameter; the known ones "
          + "are those of the default " + DEFAULTS, e);
    } catch (JsonProcessingException e) {
      throw new InputFileException(name + ": " + path(e) + ": " + e.getOriginalMessage(), e);
    }
    new Checks(name).all(parameters);
    return parameters;
  }

  private static JsonNode defaultTree() {
    try (InputStream in = Objects.requireNonNull(
        GeneratorParameters.class.getResourceAsStream(DEFAULTS), DEFAULTS)) {
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every value of {@code own} into {@code base}, maps merged key by key. */
  private static void merge(ObjectNode base, JsonNode own) {
    for (Iterator<Map.Entry<String, JsonNode>> it = own.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode existing = base.get(field.getKey());
      if (existing instanceof ObjectNode object && field.getValue().isObject()
          && !isShareTable(field.getKey())) {
        merge(object, field.getValue());
      } else {
        base.set(field.getKey(), field.getValue());
      }
    }
  }

  /** A table of shares that must add up to 1 is replaced whole, never merged. */
  private static boolean isShareTable(String key) {
    return key.equals("home_language") || key.equals("race_ethnicity");
  }

  private static String path(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
      StringBuilder path = new StringBuilder();
      for (var reference : mapping.getPath()) {
        if (reference.getFieldName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
        }
      }
      return path.toString();
    }
    return "";
  }

  /** Returns a band's value of a per-band table. */
  static double band(Map<String, Double> table, String band) {
    return table.getOrDefault(band, 0.0);
  }

  /** The range checks, naming the parameter and value at fault. */
  private record Checks(String file) {
    void all(GeneratorParameters p) throws InputFileException {
      Schools s = p.schools();
      atLeast("schools.students_per_school", s.studentsPerSchool(), 1);
      share("schools.elementary_share", s.elementaryShare());
      share("schools.middle_share", s.middleShare());
      share("schools.elementary_share + middle_share", s.elementaryShare() + s.middleShare());
      below1("schools.between_school_share", s.betweenSchoolShare());
      share("schools.high_need_share", s.highNeedShare());
      range("schools.high_need_shift", s.highNeedShift(), 0, 3);
      Loadings l = p.loadings();
      below1("loadings.attendance", l.attendance());
      below1("loadings.behavior", l.behavior());
      below1("loadings.coursework", l.coursework());
      below1("loadings.screener", l.screener());
      below1("loadings.low_income", l.lowIncome());
      below1("loadings.outcome", l.outcome());
      attendance(p.attendance());
      behavior(p.behavior());
      coursework(p.coursework());
      below1("screener.reading_math_correlation", p.screener().readingMathCorrelation());
      share("screener.math_screened_share", p.screener().mathScreenedShare());
      range("screener.mean_above_norm", p.screener().meanAboveNorm(), -1, 1);
      share("context.retained_share", p.context().retainedShare());
      shares("context.school_moves", p.context().schoolMoves(), List.of("one", "two_or_more"));
      family(p.family());
      demographics(p.demographics());
      if (p.outcome().name().isBlank() || !p.outcome().name().matches("[a-z0-9_]+")) {
        throw fault("outcome.name", p.outcome().name(), "must be a column name of lower-case "
            + "letters, digits and _");
      }
      share("outcome.base_rate", p.outcome().baseRate());
      below1("next_period.persistence", p.nextPeriod().persistence());
      range("next_period.served_effect", p.nextPeriod().servedEffect(), -3, 3);
      Partners partners = p.partners();
      atLeast("partners.district_services_per_need", partners.districtServicesPerNeed(), 0);
      atLeast("partners.students_per_district_seat", partners.studentsPerDistrictSeat(), 1);
      atLeast("partners.services_per_school", partners.servicesPerSchool(), 0);
      atLeast("partners.school_seats_min", partners.schoolSeatsMin(), 1);
      atLeast("partners.school_seats_max", partners.schoolSeatsMax(), partners.schoolSeatsMin());
    }

    private void attendance(Attendance a) throws InputFileException {
      share("attendance.part_year_share", a.partYearShare());
      atLeast("attendance.full_year_days", a.fullYearDays(), 170);
      shares("attendance.chronic_share", a.chronicShare(), BANDS);
      share("attendance.severe_share_of_chronic", a.severeShareOfChronic());
      range("attendance.severe_span", a.severeSpan(), 0, 0.8);
      range("attendance.not_chronic_max_rate", a.notChronicMaxRate(), 0, 0.099);
    }

    private void behavior(Behavior b) throws InputFileException {
      shares("behavior.suspension_share", b.suspensionShare(), BANDS);
      range("behavior.suspension_extra_days_mean", b.suspensionExtraDaysMean(), 0, 30);
      shares("behavior.major_incident_share", b.majorIncidentShare(), BANDS);
      share("behavior.second_major_share", b.secondMajorShare());
      for (String band : BANDS) {
        range("behavior.minor_incidents_mean." + band, band(b.minorIncidentsMean(), band), 0, 20);
      }
      range("behavior.minor_concentration", b.minorConcentration(), 0, 3);
    }

    private void coursework(Coursework c) throws InputFileException {
      List<String> secondary = List.of("middle", "ninth", "high");
      shares("coursework.fail_ela_share", c.failElaShare(), secondary);
      shares("coursework.fail_math_share", c.failMathShare(), secondary);
      shares("coursework.fail_other_share", c.failOtherShare(), List.of("ninth", "high"));
      share("coursework.second_other_share", c.secondOtherShare());
      below1("coursework.subject_correlation", c.subjectCorrelation());
      range("coursework.gpa_mean", c.gpaMean(), 0, 4);
      range("coursework.gpa_sd", c.gpaSd(), 0, 2);
      below1("coursework.gpa_correlation", c.gpaCorrelation());
      range("coursework.gpa_penalty_per_f", c.gpaPenaltyPerF(), 0, 4);
    }

    private void family(Family f) throws InputFileException {
      sumsToOne("family.home_language", f.homeLanguage());
      share("family.availability_share", f.availabilityShare());
      shares("family.literacy_support_share", f.literacySupportShare(),
          List.of("english", "other"));
      share("family.recorded_needs_share", f.recordedNeedsShare());
    }

    private void demographics(Demographics d) throws InputFileException {
      sumsToOne("demographics.race_ethnicity", d.raceEthnicity());
      share("demographics.female_share", d.femaleShare());
      share("demographics.ell_share_of_other_language", d.ellShareOfOtherLanguage());
      share("demographics.low_income_share", d.lowIncomeShare());
      share("demographics.iep_share", d.iepShare());
    }

    private void shares(String name, Map<String, Double> table, List<String> required)
        throws InputFileException {
      for (String key : required) {
        if (!table.containsKey(key)) {
          throw fault(name, table.keySet().toString(), "must give " + String.join(", ", required));
        }
      }
      for (Map.Entry<String, Double> entry : table.entrySet()) {
        if (!required.contains(entry.getKey())) {
          throw fault(name + "." + entry.getKey(), entry.getValue().toString(),
              "unknown key; the keys are " + String.join(", ", required));
        }
        share(name + "." + entry.getKey(), entry.getValue());
      }
    }

    private void sumsToOne(String name, Map<String, Double> table) throws InputFileException {
      double sum = 0;
      for (Map.Entry<String, Double> entry : table.entrySet()) {
        share(name + "." + entry.getKey(), entry.getValue());
        sum += entry.getValue();
      }
      if (table.isEmpty() || Math.abs(sum - 1) > 1e-6) {
        throw fault(name, String.format(java.util.Locale.ROOT, "%.4f", sum),
            "the shares must add up to 1");
      }
    }

    private void share(String name, double value) throws InputFileException {
      range(name, value, 0, 1);
    }

    private void below1(String name, double value) throws InputFileException {
      if (!(value >= 0 && value < 1)) {
        throw fault(name, Double.toString(value), "must be at least 0 and below 1");
      }
    }

    private void atLeast(String name, int value, int min) throws InputFileException {
      if (value < min) {
        throw fault(name, Integer.toString(value), "must be at least " + min);
      }
    }

    private void range(String name, double value, double low, double high)
        throws InputFileException {
      if (!(value >= low && value <= high)) {
        throw fault(name, Double.toString(value), "must be between " + low + " and " + high);
      }
    }

    private InputFileException fault(String name, String value, String problem) {
      return new InputFileException(file + ": " + name + "='" + value + "': " + problem);
    }
  }
}
