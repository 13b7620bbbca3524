package io.github.mtss.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Student;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.PartnerCsv;
import io.github.mtss.batch.StudentCsv;
import io.github.mtss.examples.io.TerminalProgress;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic district: reproducible, valid, and shaped like the published figures. */
class DistrictGeneratorTest {
  private static final int STUDENTS = 20_000;
  @TempDir static Path dir;
  private static List<Student> students;
  private static List<TierDecision> decisions;

  @BeforeAll
  static void generate() throws Exception {
    DistrictGenerator generator = new DistrictGenerator(42, DistrictGenerator.defaultSchools(
        STUDENTS));
    generator.writeStudents(dir.resolve("students.csv"), STUDENTS,
        TerminalProgress.of("test", STUDENTS));
    generator.writePartners(dir.resolve("partners.csv"), STUDENTS);
    try (InputStream in = Files.newInputStream(dir.resolve("students.csv"))) {
      CsvInput.Result<Student> read = StudentCsv.read("students.csv", in);
      assertThat(read.rejects()).as("every generated row is valid").isEmpty();
      students = read.rows().stream().map(CsvInput.Row::value).toList();
    }
    decisions = MtssEngine.builder().build().screen(students);
  }

  @Test
  void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
    write(42, "a");
    write(42, "b");
    write(43, "c");
    assertThat(dir.resolve("a/students.csv")).hasSameBinaryContentAs(dir.resolve("b/students.csv"));
    assertThat(dir.resolve("a/partners.csv")).hasSameBinaryContentAs(dir.resolve("b/partners.csv"));
    assertThat(Files.readAllBytes(dir.resolve("a/students.csv")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("c/students.csv")));
  }

  @Test
  void chronicAbsenceIsAboutAQuarterOfStudents() {
    double chronic = students.stream().filter(s -> s.attendanceRate() != null
        && s.attendanceRate() < 0.90).count() / (double) STUDENTS;
    assertThat(chronic).isBetween(0.22, 0.32);
  }

  @Test
  void failingGradesPeakInGradeNineAndSuspensionsInMiddleSchool() {
    assertThat(failRate(9)).isGreaterThan(failRate(8)).isGreaterThan(0.10);
    assertThat(suspensionRate(6, 8)).isGreaterThan(suspensionRate(0, 5) * 3);
  }

  @Test
  void screenerPercentilesAreUniformByConstruction() {
    List<Double> reading = students.stream().filter(s -> s.readingPercentile() != null)
        .map(Student::readingPercentile).toList();
    double belowQuarter = reading.stream().filter(p -> p < 25).count() / (double) reading.size();
    assertThat(belowQuarter).isBetween(0.22, 0.27);
  }

  @Test
  void tierSharesAreThoseOfADistrictWithWidespreadChronicAbsence() {
    double tier1 = decisions.stream().filter(d -> d.tier() == Tier.TIER_1).count()
        / (double) STUDENTS;
    assertThat(tier1).as("documented in docs/generator.md").isBetween(0.38, 0.55);
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

  private static void write(long seed, String name) throws IOException {
    Path out = Files.createDirectories(dir.resolve(name));
    DistrictGenerator generator = new DistrictGenerator(seed, 10);
    generator.writeStudents(out.resolve("students.csv"), 2_000, TerminalProgress.of("t", 2_000));
    generator.writePartners(out.resolve("partners.csv"), 2_000);
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
