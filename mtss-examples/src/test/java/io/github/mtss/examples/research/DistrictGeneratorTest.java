package io.github.mtss.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.PartnerCsv;
import io.github.mtss.batch.StudentCsv;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.examples.io.TerminalProgress;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic district: reproducible, valid, and shaped like the published figures of
 * docs/generator.md, whose ranges these tests hold it to.
 */
class DistrictGeneratorTest {
  private static final int STUDENTS = 20_000;
  @TempDir static Path dir;
  private static List<Student> students;
  private static List<TierDecision> decisions;
  private static List<String> outcomes;

  @BeforeAll
  static void generate() throws Exception {
    GeneratorParameters defaults = GeneratorParameters.defaults();
    DistrictGenerator generator = new DistrictGenerator(42,
        DistrictGenerator.defaultSchools(STUDENTS, defaults), defaults);
    generator.writeStudents(dir.resolve("students.csv"), dir.resolve("outcomes.csv"), STUDENTS,
        TerminalProgress.of("test", STUDENTS));
    generator.writePartners(dir.resolve("partners.csv"), STUDENTS);
    try (InputStream in = Files.newInputStream(dir.resolve("students.csv"))) {
      CsvInput.Result<Student> read = StudentCsv.read("students.csv", in);
      assertThat(read.rejects()).as("every generated row is valid").isEmpty();
      students = read.rows().stream().map(CsvInput.Row::value).toList();
    }
    outcomes = Files.readAllLines(dir.resolve("outcomes.csv"));
    decisions = MtssEngine.builder().build().screen(students);
  }

  @Test
  void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
    write(42, "a");
    write(42, "b");
    write(43, "c");
    for (String file : List.of("students.csv", "outcomes.csv", "partners.csv")) {
      assertThat(dir.resolve("a/" + file)).hasSameBinaryContentAs(dir.resolve("b/" + file));
    }
    assertThat(Files.readAllBytes(dir.resolve("a/students.csv")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("c/students.csv")));
  }

  @Test
  void aLargerDistrictOnlyAddsRows() throws IOException {
    write(42, "small", 1_000);
    write(42, "large", 2_000);
    assertThat(Files.readAllLines(dir.resolve("large/students.csv")))
        .startsWith(Files.readAllLines(dir.resolve("small/students.csv")).toArray(String[]::new));
  }

  @Test
  void districtTierSharesUnderTheDefaultRulesAreInTheDocumentedRanges() {
    assertThat(share(d -> d.tier() == Tier.TIER_1)).as("Tier 1").isBetween(0.60, 0.75);
    assertThat(share(d -> d.tier() == Tier.TIER_3)).as("Tier 3").isBetween(0.05, 0.12);
  }

  @Test
  void aFewHighNeedSchoolsHaveMoreStudentsInTiersTwoAndThree() {
    GeneratorParameters defaults = GeneratorParameters.defaults();
    List<DistrictGenerator.School> schools = new DistrictGenerator(42,
        DistrictGenerator.defaultSchools(STUDENTS, defaults), defaults).schools();
    Map<Boolean, Double> tier23 = decisions.stream().collect(Collectors.partitioningBy(
        d -> schools.stream().anyMatch(s -> s.highNeed() && s.id().equals(d.schoolId())),
        Collectors.averagingDouble(d -> d.tier() == Tier.TIER_1 ? 0 : 1)));
    assertThat(schools.stream().filter(DistrictGenerator.School::highNeed).count())
        .as("high-need schools").isEqualTo(Math.round(schools.size() * 0.10));
    assertThat(tier23.get(true)).as("Tiers 2-3 in high-need schools against the others")
        .isGreaterThan(tier23.get(false) + 0.10);
  }

  @Test
  void theSmallestDistrictHasAnElementaryAMiddleAndAHighSchool() {
    assertThat(new DistrictGenerator(1, 3, GeneratorParameters.defaults()).schools())
        .extracting(DistrictGenerator.School::id).containsExactly("E001", "M001", "H001");
  }

  @Test
  void chronicAbsenceIsAboutOneStudentInSeven() {
    double chronic = students.stream().filter(s -> s.attendanceRate() != null
        && s.attendanceRate() < 0.90).count() / (double) STUDENTS;
    assertThat(chronic).as("documented as about 15 %%").isBetween(0.12, 0.19);
  }

  @Test
  void indicatorsGoTogether() {
    double attendance = share(d -> d.level(Domain.ATTENDANCE) != Level.NONE);
    double both = share(d -> d.level(Domain.ATTENDANCE) != Level.NONE
        && d.level(Domain.COURSEWORK) != Level.NONE);
    double coursework = share(d -> d.level(Domain.COURSEWORK) != Level.NONE);
    assertThat(both).as("at risk in attendance and coursework, against independence")
        .isGreaterThan(1.5 * attendance * coursework);
  }

  @Test
  void theOutcomeBaseRateIsDocumentedAndFollowsTheTier() {
    assertThat(outcomes.get(0)).isEqualTo("student_id,outcome");
    assertThat(outcomes).hasSize(STUDENTS + 1);
    double base = outcomes.stream().filter(l -> l.endsWith(",1")).count() / (double) STUDENTS;
    assertThat(base).as("base rate").isBetween(0.10, 0.16);
    double tier3 = outcomeRate(Tier.TIER_3);
    double tier1 = outcomeRate(Tier.TIER_1);
    assertThat(tier3).as("outcome rate in Tier 3 against Tier 1").isGreaterThan(3 * tier1);
  }

  @Test
  void failingGradesPeakInGradeNineAndSuspensionsInMiddleSchool() {
    assertThat(failRate(9)).isGreaterThan(failRate(8)).isGreaterThan(0.10);
    assertThat(suspensionRate(6, 8)).isGreaterThan(suspensionRate(0, 5) * 3);
  }

  @Test
  void screenerPercentilesAreThoseOfADistrictSlightlyAboveTheNationalNorms() {
    List<Double> reading = students.stream().filter(s -> s.readingPercentile() != null)
        .map(Student::readingPercentile).toList();
    double belowQuarter = reading.stream().filter(p -> p < 25).count() / (double) reading.size();
    assertThat(belowQuarter).as("below the 25th percentile: 14.7 %% for 0.35 SD above the norms")
        .isBetween(0.12, 0.18);
  }

  @Test
  void partnersCoverEveryPartnerTypeAndAreValid() throws Exception {
    try (InputStream in = Files.newInputStream(dir.resolve("partners.csv"))) {
      CsvInput.Result<io.github.mtss.core.Service> read = PartnerCsv.read("partners.csv", in);
      assertThat(read.rejects()).isEmpty();
      assertThat(read.rows().stream().map(r -> r.value().partner().type()).distinct())
          .hasSize(io.github.mtss.core.PartnerType.values().length);
      assertThat(read.rows()).allMatch(r -> r.value().capacity().orElse(0) > 0);
    }
  }

  private static double share(Predicate<TierDecision> test) {
    return decisions.stream().filter(test).count() / (double) STUDENTS;
  }

  private static double outcomeRate(Tier tier) {
    long n = 0;
    long positive = 0;
    for (int i = 0; i < STUDENTS; i++) {
      if (decisions.get(i).tier() == tier) {
        n++;
        positive += outcomes.get(i + 1).endsWith(",1") ? 1 : 0;
      }
    }
    return positive / (double) n;
  }

  private static void write(long seed, String name) throws IOException {
    write(seed, name, 2_000);
  }

  private static void write(long seed, String name, int count) throws IOException {
    Path out = Files.createDirectories(dir.resolve(name));
    DistrictGenerator generator = new DistrictGenerator(seed, 10,
        GeneratorParameters.defaults());
    generator.writeStudents(out.resolve("students.csv"), out.resolve("outcomes.csv"), count,
        TerminalProgress.of("t", count));
    generator.writePartners(out.resolve("partners.csv"), count);
  }

  private static double failRate(int grade) {
    List<Student> inGrade = students.stream().filter(s -> s.grade().number() == grade).toList();
    return inGrade.stream().filter(s -> s.allFailures() != null && s.allFailures() > 0).count()
        / (double) inGrade.size();
  }

  private static double suspensionRate(int low, int high) {
    List<Student> band = students.stream()
        .filter(s -> s.grade().number() >= low && s.grade().number() <= high).toList();
    return band.stream().filter(s -> s.suspensionDays() != null && s.suspensionDays() > 0)
        .count() / (double) band.size();
  }
}
