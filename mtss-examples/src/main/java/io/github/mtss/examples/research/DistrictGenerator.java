package io.github.mtss.examples.research;

import io.github.mtss.core.Need;
import io.github.mtss.core.PartnerType;
import io.github.mtss.batch.CsvOutput;
import io.github.mtss.examples.io.TerminalProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a reproducible synthetic district: {@code students.csv} and {@code partners.csv} in the
 * columns of shared/formats.md, plus demographic columns for equity analysis that the default
 * rules never read. Every student is drawn from a random generator seeded by the district seed
 * and the student's number alone, so the same seed gives byte-identical files, and rows are
 * written as they are drawn, so ten million students need no more memory than ten. The
 * distributions and their sources are documented in docs/generator.md.
 */
public final class DistrictGenerator {
  private static final String[] LANGUAGES = {"en", "es", "vi", "ar", "so", "zh", "ne"};
  private static final double[] LANGUAGE_SHARES = {0.75, 0.17, 0.02, 0.02, 0.015, 0.015, 0.01};
  private static final String[] RACE = {"white", "hispanic", "black", "asian", "two_or_more",
      "american_indian", "pacific_islander"};
  private static final double[] RACE_SHARES = {0.50, 0.28, 0.08, 0.06, 0.05, 0.02, 0.01};
  private static final String[] WINDOWS = {"weekday", "evening", "weekend", "virtual"};
  private static final Need[] RECORDED = {Need.FOOD, Need.VISION, Need.DENTAL, Need.HEALTH,
      Need.HOUSING, Need.CLOTHING, Need.CHILD_CARE, Need.TRANSPORTATION, Need.EMERGENCY,
      Need.MENTAL_HEALTH, Need.RECREATION};
  /** Students per school used to choose the number of schools. */
  public static final int STUDENTS_PER_SCHOOL = 500;

  private final long seed;
  private final List<School> schools;

  /** A school: its id and grade span. */
  record School(String id, int lowGrade, int highGrade) {}

  /** Creates a generator of a district with {@code schoolCount} schools (at least 3). */
  public DistrictGenerator(long seed, int schoolCount) {
    this.seed = seed;
    this.schools = schools(Math.max(3, schoolCount));
  }

  /** Returns a sensible number of schools for {@code students} students. */
  public static int defaultSchools(long students) {
    return (int) Math.max(3, Math.min(2_000, students / STUDENTS_PER_SCHOOL));
  }

  private static List<School> schools(int count) {
    List<School> list = new ArrayList<>();
    int elementary = Math.max(1, count / 2);
    int middle = Math.max(1, count / 4);
    for (int i = 0; i < count; i++) {
      if (i < elementary) {
        list.add(new School(String.format("E%03d", i + 1), 0, 5));
      } else if (i < elementary + middle) {
        list.add(new School(String.format("M%03d", i - elementary + 1), 6, 8));
      } else {
        list.add(new School(String.format("H%03d", i - elementary - middle + 1), 9, 12));
      }
    }
    return list;
  }

  /** Writes {@code count} students to {@code file}, reporting progress. */
  public void writeStudents(Path file, long count, TerminalProgress progress) throws IOException {
    try (CsvOutput csv = CsvOutput.create(file, "student_id", "school_id", "grade_level",
        "days_enrolled", "days_absent", "suspension_days", "incidents_minor", "incidents_major",
        "f_ela", "f_math", "f_other", "gpa", "reading_pct", "math_pct", "retained",
        "school_moves", "home_language", "family_availability", "family_literacy_support",
        "needs", "race_ethnicity", "sex", "ell", "frl", "iep")) {
      for (long i = 0; i < count; i++) {
        csv.row(student(i));
        if (i % 10_000 == 0) {
          progress.update(i);
        }
      }
      progress.update(count);
    }
  }

  /** Returns the cells of student number {@code index}. */
  Object[] student(long index) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    School school = schools.get((int) (index % schools.size()));
    int grade = school.lowGrade() + r.nextInt(school.highGrade() - school.lowGrade() + 1);
    boolean poor = r.nextDouble() < 0.40;
    String language = pick(r, LANGUAGES, LANGUAGE_SHARES);
    int enrolled = r.nextDouble() < 0.08 ? 60 + r.nextInt(110) : 170;
    double absentRate = r.nextDouble() < (poor ? 0.36 : 0.21)
        ? 0.10 + 0.25 * Math.pow(r.nextDouble(), 1.5) : 0.095 * r.nextDouble() * r.nextDouble();
    double absent = Math.round(enrolled * absentRate * 2) / 2.0;
    Band band = Band.of(grade);
    double suspension = r.nextDouble() < band.suspensionRate ? Math.min(absent, 1 + r.nextInt(8))
        : 0;
    int minor = poisson(r, band.minorIncidents);
    int major = r.nextDouble() < band.majorIncidentRate ? 1 + r.nextInt(2) : 0;
    List<Object> cells = new ArrayList<>(List.of(String.format("S%09d", index + 1), school.id(),
        grade == 0 ? "K" : Integer.toString(grade), enrolled, number(absent), number(suspension),
        minor, major));
    cells.addAll(coursework(r, grade, band));
    boolean literacy = r.nextDouble() < (language.equals("en") ? 0.06 : 0.20);
    cells.addAll(List.of(r.nextDouble() < 0.05, moves(r), language, windows(r), literacy,
        needs(r), pick(r, RACE, RACE_SHARES), r.nextBoolean() ? "F" : "M",
        !language.equals("en") && r.nextDouble() < 0.6, poor, r.nextDouble() < 0.14));
    return cells.toArray();
  }

  private static List<Object> coursework(SplittableRandom r, int grade, Band band) {
    if (grade <= 5) {
      double reading = 1 + r.nextInt(99);
      double math = r.nextDouble() < 0.6 ? reading : 1 + r.nextInt(99);
      return List.of("", "", "", "", number(reading), number(math));
    }
    int ela = r.nextDouble() < band.failEla ? 1 : 0;
    int mathF = r.nextDouble() < band.failMath ? 1 : 0;
    int other = grade >= 9 && r.nextDouble() < band.failOther ? 1 + r.nextInt(2) : 0;
    double gpa = Math.max(0, Math.min(4, 3.0 + 0.6 * r.nextGaussian() - 0.6 * (ela + mathF + other)));
    return List.of(ela, mathF, other, String.format(Locale.ROOT, "%.2f", gpa), "", "");
  }

  /** Published rates per grade band (see docs/generator.md). */
  private enum Band {
    ELEMENTARY(0.01, 0.3, 0.02, 0, 0, 0),
    MIDDLE(0.07, 0.8, 0.06, 0.06, 0.08, 0),
    NINTH(0.07, 0.7, 0.06, 0.14, 0.16, 0.12),
    HIGH(0.05, 0.5, 0.05, 0.08, 0.10, 0.08);

    final double suspensionRate;
    final double minorIncidents;
    final double majorIncidentRate;
    final double failEla;
    final double failMath;
    final double failOther;

    Band(double suspensionRate, double minorIncidents, double majorIncidentRate, double failEla,
        double failMath, double failOther) {
      this.suspensionRate = suspensionRate;
      this.minorIncidents = minorIncidents;
      this.majorIncidentRate = majorIncidentRate;
      this.failEla = failEla;
      this.failMath = failMath;
      this.failOther = failOther;
    }

    static Band of(int grade) {
      return grade <= 5 ? ELEMENTARY : grade <= 8 ? MIDDLE : grade == 9 ? NINTH : HIGH;
    }
  }

  private static int moves(SplittableRandom r) {
    double u = r.nextDouble();
    return u < 0.85 ? 0 : u < 0.95 ? 1 : 2 + r.nextInt(2);
  }

  private static String windows(SplittableRandom r) {
    List<String> chosen = new ArrayList<>();
    for (String window : WINDOWS) {
      if (r.nextDouble() < 0.45) {
        chosen.add(window);
      }
    }
    return chosen.isEmpty() ? "evening" : String.join(";", chosen);
  }

  private static String needs(SplittableRandom r) {
    if (r.nextDouble() >= 0.20) {
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

  private static String pick(SplittableRandom r, String[] values, double[] shares) {
    double u = r.nextDouble();
    for (int i = 0; i < values.length; i++) {
      u -= shares[i];
      if (u < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
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
    PartnerType[] types = PartnerType.values();
    try (CsvOutput csv = CsvOutput.create(file, "service_id", "service_name", "partner_id",
        "partner_name", "partner_type", "category", "tiers", "min_grade", "max_grade", "serves",
        "languages", "schedule", "schools", "capacity", "evidence_level")) {
      int service = 0;
      for (Need need : Need.values()) {
        for (int copy = 0; copy < 2; copy++) {
          PartnerType type = types[(need.ordinal() * 2 + copy) % types.length];
          service++;
          csv.row(serviceRow(r, service, type, need, "*", Math.max(2, students / 400)));
        }
      }
      for (School school : schools) {
        for (int k = 0; k < 3; k++) {
          Need need = Need.values()[r.nextInt(Need.values().length)];
          service++;
          csv.row(serviceRow(r, service, types[r.nextInt(types.length)], need, school.id(),
              10 + r.nextInt(40)));
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
