package io.github.mtss.examples.research;

import io.github.mtss.batch.CsvOutput;
import io.github.mtss.core.Need;
import io.github.mtss.core.PartnerType;
import io.github.mtss.examples.io.TerminalProgress;
import io.github.mtss.examples.research.GeneratorParameters.Attendance;
import io.github.mtss.examples.research.GeneratorParameters.Behavior;
import io.github.mtss.examples.research.GeneratorParameters.Coursework;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a reproducible synthetic district: {@code students.csv} and {@code partners.csv} in the
 * columns of docs/formats.md, demographic columns for equity analysis that the default rules
 * never read, and {@code outcomes.csv}, a simulated outcome for each student.
 *
 * <p>Each student has one latent risk, the sum of their school's level (a few schools are
 * high-need) and their own; every indicator and the outcome is a noisy reading of it, so
 * indicators go together as they do in real districts. Every share, rate and correlation is a
 * {@link GeneratorParameters} value. Student <i>i</i> is drawn from a random generator seeded by
 * the district seed and <i>i</i> alone, so the same seed gives byte-identical files, and rows are
 * written as they are drawn, so ten million students need no more memory than ten. The model and
 * its sources are documented in docs/generator.md.
 */
public final class DistrictGenerator {
  private static final String[] WINDOWS = {"weekday", "evening", "weekend", "virtual"};
  private static final Need[] RECORDED = {Need.FOOD, Need.VISION, Need.DENTAL, Need.HEALTH,
      Need.HOUSING, Need.CLOTHING, Need.CHILD_CARE, Need.TRANSPORTATION, Need.EMERGENCY,
      Need.MENTAL_HEALTH, Need.RECREATION};
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final int[] LOWEST_GRADE = {0, 6, 9};
  private static final int[] HIGHEST_GRADE = {5, 8, 12};
  /** The columns of students.csv. */
  static final String[] STUDENT_COLUMNS = {"student_id", "school_id", "grade_level",
      "days_enrolled", "days_absent", "suspension_days", "incidents_minor", "incidents_major",
      "f_ela", "f_math", "f_other", "gpa", "reading_pct", "math_pct", "retained", "school_moves",
      "home_language", "family_availability", "family_literacy_support", "needs",
      "race_ethnicity", "sex", "ell", "frl", "iep"};

  private final long seed;
  private final GeneratorParameters parameters;
  private final List<School> schools;

  /** A school: its id, grade span and mean latent risk. */
  record School(String id, int lowGrade, int highGrade, double latentMean, boolean highNeed) {}

  /**
   * A student's identity, drawn first from their own random generator: school, grade, latent
   * risk, the cells that do not change between periods, and the outcome.
   */
  record Identity(long index, School school, int grade, int enrolled, double latent,
      List<Object> fixedCells, boolean outcome) {
    String id() {
      return studentId(index);
    }
  }

  /** Creates a generator of a district with {@code schoolCount} schools (at least 3). */
  public DistrictGenerator(long seed, int schoolCount, GeneratorParameters parameters) {
    this.seed = seed;
    this.parameters = parameters;
    this.schools = schools(Math.max(3, schoolCount));
  }

  /** Returns a sensible number of schools for {@code students} students. */
  public static int defaultSchools(long students, GeneratorParameters parameters) {
    return (int) Math.max(3, Math.min(2_000, students / parameters.schools()
        .studentsPerSchool()));
  }

  /** Returns the id of student number {@code index}, {@code S000000001} for the first. */
  static String studentId(long index) {
    return String.format("S%09d", index + 1);
  }

  private List<School> schools(int count) {
    GeneratorParameters.Schools p = parameters.schools();
    int elementary = Math.max(1, (int) (count * p.elementaryShare()));
    int middle = Math.max(1, Math.min(count - elementary - 1, (int) (count * p.middleShare())));
    double spread = spread(p);
    List<School> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // high-need schools spread evenly over the list, so over elementary, middle and high
      boolean highNeed = Math.floor((i + 1) * p.highNeedShare()) > Math.floor(i * p.highNeedShare());
      double mean = (Math.sqrt(p.betweenSchoolShare())
          * new SplittableRandom(seed * GOLDEN - i - 1).nextGaussian()
          + (highNeed ? p.highNeedShift() : 0) - p.highNeedShare() * p.highNeedShift()) / spread;
      int band = i < elementary ? 0 : i < elementary + middle ? 1 : 2;
      int first = band == 0 ? 0 : band == 1 ? elementary : elementary + middle;
      list.add(new School(String.format("%c%03d", "EMH".charAt(band), i - first + 1),
          LOWEST_GRADE[band], HIGHEST_GRADE[band], mean, highNeed));
    }
    return list;
  }

  /**
   * Returns the standard deviation of the latent risk before it is scaled to 1: the school
   * level, the high-need shift (a two-point mixture) and the student's own part.
   */
  private static double spread(GeneratorParameters.Schools p) {
    double shift = p.highNeedShift();
    return Math.sqrt(1 + shift * shift * p.highNeedShare() * (1 - p.highNeedShare()));
  }

  /** Returns the standard deviation of a student's own part of the scaled latent risk. */
  private double ownSpread() {
    GeneratorParameters.Schools p = parameters.schools();
    return Math.sqrt(1 - p.betweenSchoolShare()) / spread(p);
  }

  /** Returns the schools, in the order students are dealt to them. */
  List<School> schools() {
    return List.copyOf(schools);
  }

  /**
   * Writes {@code count} students to {@code students} and their simulated outcome to {@code
   * outcomes}, reporting progress.
   */
  public void writeStudents(Path students, Path outcomes, long count, TerminalProgress progress)
      throws IOException {
    try (CsvOutput csv = CsvOutput.create(students, STUDENT_COLUMNS);
        CsvOutput outcome = CsvOutput.create(outcomes, "student_id", "outcome")) {
      for (long i = 0; i < count; i++) {
        SplittableRandom r = random(i);
        Identity identity = identity(i, r);
        csv.row(row(identity, identity.latent(), r));
        outcome.row(identity.id(), identity.outcome() ? 1 : 0);
        progress(progress, i);
      }
      progress.update(count);
    }
  }

  /**
   * Writes a second period of the same {@code count} students: each student's latent risk
   * drifts from the first period's (persistence), a student {@code served} in the first period
   * has it lowered by the served effect, and their indicators are drawn afresh from it. School,
   * grade, days enrolled and the family and demographic columns stay as they were.
   */
  public void writeNextPeriod(Path students, long count, FirstPeriod first,
      TerminalProgress progress) throws IOException {
    GeneratorParameters.NextPeriod next = parameters.nextPeriod();
    try (CsvOutput csv = CsvOutput.create(students, STUDENT_COLUMNS)) {
      for (long i = 0; i < count; i++) {
        Identity identity = identity(i, random(i));
        SplittableRandom r = random(i).split();
        double mean = identity.school().latentMean();
        double own = ownSpread();
        double latent = mean + next.persistence() * (identity.latent() - mean)
            + Math.sqrt(1 - next.persistence() * next.persistence()) * own * r.nextGaussian()
            - (first.served(identity) ? next.servedEffect() : 0);
        csv.row(row(identity, latent, r));
        progress(progress, i);
      }
      progress.update(count);
    }
  }

  private static void progress(TerminalProgress progress, long i) {
    if (i % 10_000 == 0) {
      progress.update(i);
    }
  }

  private SplittableRandom random(long index) {
    return new SplittableRandom(seed * GOLDEN + index);
  }

  /** Draws the identity of student {@code index} from the start of their generator. */
  Identity identity(long index, SplittableRandom r) {
    School school = schools.get((int) (index % schools.size()));
    int grade = school.lowGrade() + r.nextInt(school.highGrade() - school.lowGrade() + 1);
    double latent = school.latentMean() + ownSpread() * r.nextGaussian();
    Attendance attendance = parameters.attendance();
    int enrolled = r.nextDouble() < attendance.partYearShare()
        ? 60 + r.nextInt(attendance.fullYearDays() - 60) : attendance.fullYearDays();
    GeneratorParameters.Family family = parameters.family();
    GeneratorParameters.Demographics people = parameters.demographics();
    String language = pick(r, family.homeLanguage());
    boolean english = language.equals("en");
    boolean literacy = r.nextDouble() < GeneratorParameters.band(
        family.literacySupportShare(), english ? "english" : "other");
    List<Object> fixed = List.of(r.nextDouble() < parameters.context().retainedShare(),
        moves(r), language, windows(r), literacy, needs(r), pick(r, people.raceEthnicity()),
        r.nextDouble() < people.femaleShare() ? "F" : "M",
        !english && r.nextDouble() < people.ellShareOfOtherLanguage(),
        reads(r, parameters.loadings().lowIncome(), latent, people.lowIncomeShare()),
        r.nextDouble() < people.iepShare());
    boolean outcome = reads(r, parameters.loadings().outcome(), latent,
        parameters.outcome().baseRate());
    return new Identity(index, school, grade, enrolled, latent, fixed, outcome);
  }

  /** Returns the cells of one student's row for a period with latent risk {@code latent}. */
  private Object[] row(Identity identity, double latent, SplittableRandom r) {
    String band = band(identity.grade());
    double[] behavior = behavior(r, band, latent);
    double absent = Math.max(absences(r, identity.enrolled(), band, latent), behavior[0]);
    List<Object> cells = new ArrayList<>(List.of(identity.id(), identity.school().id(),
        identity.grade() == 0 ? "K" : Integer.toString(identity.grade()), identity.enrolled(),
        number(absent), number(behavior[0]), (int) behavior[1], (int) behavior[2]));
    cells.addAll(identity.grade() <= 5 ? screener(r, latent) : coursework(r, identity.grade(),
        band, latent));
    cells.addAll(identity.fixedCells());
    return cells.toArray();
  }

  private double absences(SplittableRandom r, int enrolled, String band, double latent) {
    Attendance a = parameters.attendance();
    double u = cdf(propensity(r, parameters.loadings().attendance(), latent));
    double chronic = GeneratorParameters.band(a.chronicShare(), band);
    if (u <= 1 - chronic) {
      double t = u / (1 - chronic);
      return Math.floor(2 * enrolled * a.notChronicMaxRate() * t * t) / 2;
    }
    double t = (u - (1 - chronic)) / chronic;
    double severe = a.severeShareOfChronic();
    if (t > 1 - severe) {
      double rate = 0.20 + a.severeSpan() * (t - (1 - severe)) / severe;
      return Math.min(enrolled, Math.floor(2 * enrolled * rate) / 2 + 0.5);
    }
    double rate = 0.10 + 0.10 * t / (1 - severe);
    // strictly above 10 % and strictly below 20 % of the days enrolled, in half days
    return Math.min(Math.floor(2 * enrolled * rate) / 2 + 0.5,
        (Math.ceil(0.4 * enrolled) - 1) / 2);
  }

  /** Returns suspension days, minor and major incidents. */
  private double[] behavior(SplittableRandom r, String band, double latent) {
    Behavior b = parameters.behavior();
    double y = propensity(r, parameters.loadings().behavior(), latent);
    double u = cdf(y);
    double suspension = u > 1 - GeneratorParameters.band(b.suspensionShare(), band)
        ? 1 + poisson(r, b.suspensionExtraDaysMean()) : 0;
    int major = u > 1 - GeneratorParameters.band(b.majorIncidentShare(), band)
        ? 1 + (r.nextDouble() < b.secondMajorShare() ? 1 : 0) : 0;
    double c = b.minorConcentration();
    int minor = poisson(r, GeneratorParameters.band(b.minorIncidentsMean(), band)
        * Math.exp(c * y - c * c / 2));
    return new double[] {suspension, minor, major};
  }

  private List<Object> screener(SplittableRandom r, double latent) {
    double reading = propensity(r, parameters.loadings().screener(), latent);
    double math = propensity(r, parameters.screener().readingMathCorrelation(), reading);
    GeneratorParameters.Screener p = parameters.screener();
    boolean screened = r.nextDouble() < p.mathScreenedShare();
    return List.of("", "", "", "", percentile(reading - p.meanAboveNorm()),
        screened ? percentile(math - p.meanAboveNorm()) : "");
  }

  private static int percentile(double propensity) {
    return Math.min(99, 1 + (int) (99 * (1 - cdf(propensity))));
  }

  private List<Object> coursework(SplittableRandom r, int grade, String band, double latent) {
    Coursework c = parameters.coursework();
    double y = propensity(r, parameters.loadings().coursework(), latent);
    int ela = fails(r, c, y, c.failElaShare(), band) ? 1 : 0;
    int math = fails(r, c, y, c.failMathShare(), band) ? 1 : 0;
    int other = grade >= 9 && fails(r, c, y, c.failOtherShare(), band)
        ? 1 + (r.nextDouble() < c.secondOtherShare() ? 1 : 0) : 0;
    double gpa = c.gpaMean() - c.gpaSd() * propensity(r, c.gpaCorrelation(), y)
        - c.gpaPenaltyPerF() * (ela + math + other);
    return List.of(ela, math, other, String.format(Locale.ROOT, "%.2f",
        Math.max(0, Math.min(4, gpa))), "", "");
  }

  private static boolean fails(SplittableRandom r, Coursework c, double coursework,
      Map<String, Double> shares, String band) {
    return cdf(propensity(r, c.subjectCorrelation(), coursework))
        > 1 - GeneratorParameters.band(shares, band);
  }

  /** Returns whether a reading of {@code latent} with this loading is in the top {@code share}. */
  private static boolean reads(SplittableRandom r, double loading, double latent, double share) {
    return cdf(propensity(r, loading, latent)) > 1 - share;
  }

  /** Returns a standard normal value correlated by {@code loading} with {@code latent}. */
  private static double propensity(SplittableRandom r, double loading, double latent) {
    return loading * latent + Math.sqrt(1 - loading * loading) * r.nextGaussian();
  }

  /**
   * Returns the standard normal distribution function (Abramowitz and Stegun 26.2.17, error
   * below 7.5e-8).
   */
  static double cdf(double x) {
    double t = 1 / (1 + 0.2316419 * Math.abs(x));
    double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * t * (0.319381530 + t
        * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return x >= 0 ? 1 - tail : tail;
  }

  private static String band(int grade) {
    return grade <= 5 ? "elementary" : grade <= 8 ? "middle" : grade == 9 ? "ninth" : "high";
  }

  private int moves(SplittableRandom r) {
    Map<String, Double> moves = parameters.context().schoolMoves();
    double u = r.nextDouble();
    double two = moves.get("two_or_more");
    return u < two ? 2 + r.nextInt(2) : u < two + moves.get("one") ? 1 : 0;
  }

  private String windows(SplittableRandom r) {
    List<String> chosen = new ArrayList<>();
    for (String window : WINDOWS) {
      if (r.nextDouble() < parameters.family().availabilityShare()) {
        chosen.add(window);
      }
    }
    return chosen.isEmpty() ? "evening" : String.join(";", chosen);
  }

  private String needs(SplittableRandom r) {
    if (r.nextDouble() >= parameters.family().recordedNeedsShare()) {
      return "";
    }
    Need first = RECORDED[r.nextInt(RECORDED.length)];
    Need second = RECORDED[r.nextInt(RECORDED.length)];
    return first == second || r.nextBoolean() ? first.id()
        : first.compareTo(second) < 0 ? first.id() + ";" + second.id()
        : second.id() + ";" + first.id();
  }

  private static int poisson(SplittableRandom r, double mean) {
    double limit = Math.exp(-mean);
    double product = r.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= r.nextDouble();
      count++;
    }
    return count;
  }

  private static String pick(SplittableRandom r, Map<String, Double> shares) {
    double u = r.nextDouble();
    String last = "";
    for (Map.Entry<String, Double> share : shares.entrySet()) {
      last = share.getKey();
      u -= share.getValue();
      if (u < 0) {
        return last;
      }
    }
    return last;
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /**
   * Writes partners.csv: district-wide services of every partner type and category, and a few
   * services per school, with seats scaled to {@code students} (see docs/generator.md).
   */
  public void writePartners(Path file, long students) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    GeneratorParameters.Partners p = parameters.partners();
    PartnerType[] types = PartnerType.values();
    try (CsvOutput csv = CsvOutput.create(file, "service_id", "service_name", "partner_id",
        "partner_name", "partner_type", "category", "tiers", "min_grade", "max_grade", "serves",
        "languages", "schedule", "schools", "capacity", "evidence_level")) {
      int service = 0;
      int copies = p.districtServicesPerNeed();
      for (Need need : Need.values()) {
        for (int copy = 0; copy < copies; copy++) {
          PartnerType type = types[(need.ordinal() * copies + copy) % types.length];
          service++;
          csv.row(serviceRow(r, service, type, need, "*",
              Math.max(2, students / p.studentsPerDistrictSeat())));
        }
      }
      for (School school : schools) {
        for (int k = 0; k < p.servicesPerSchool(); k++) {
          Need need = Need.values()[r.nextInt(Need.values().length)];
          service++;
          csv.row(serviceRow(r, service, types[r.nextInt(types.length)], need, school.id(),
              p.schoolSeatsMin() + r.nextInt(p.schoolSeatsMax() - p.schoolSeatsMin() + 1)));
        }
      }
    }
  }

  private static Object[] serviceRow(SplittableRandom r, int number, PartnerType type, Need need,
      String schools, long capacity) {
    String partner = String.format("P%03d", number % 97 + type.ordinal() * 100);
    String[] tiers = {"1;2;3", "2;3", "1;2;3", "3"};
    String[] languages = {"en", "en;es", "*", "en;es;vi"};
    String[] schedules = {"weekday", "weekday;evening", "evening;weekend", "weekday;virtual"};
    String[] serves = {"student", "family", "both"};
    int low = r.nextInt(3) == 0 ? 6 : 0;
    return new Object[] {String.format("V%04d", number), need.id() + " service " + number,
        partner, type.id() + " partner " + partner, type.id(), need.id(),
        tiers[r.nextInt(tiers.length)], low == 0 ? "K" : Integer.toString(low), "12",
        serves[r.nextInt(serves.length)], languages[r.nextInt(languages.length)],
        schedules[r.nextInt(schedules.length)], schools, capacity,
        r.nextInt(5) == 0 ? "" : Integer.toString(1 + r.nextInt(4))};
  }
}
