package io.github.mtss.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mtss.batch.BatchScreen;
import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.InputFiles;
import io.github.mtss.batch.PartnerCsv;
import io.github.mtss.batch.ScreeningRun;
import io.github.mtss.batch.StudentSource;
import io.github.mtss.batch.TierRecords;
import io.github.mtss.core.Policy;
import io.github.mtss.core.Service;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on two cores gives the files {@code mtss screen --partners} gives
 * on the same 20,000-student district: same tiers and reasons, family plans, seats, unmet needs
 * and rejects.
 */
class SparkScreenTest {
  private static final List<String> FILES = List.of("tiers.csv", "family.csv",
      "recommendations.csv", "unmet.csv", "rejects.csv");
  private static SparkSession spark;
  @TempDir
  static Path district;
  private static Path students;
  private static Path partners;
  private static Path batchOut;
  private static ScreeningRun batch;

  @BeforeAll
  static void screenTheDistrictOnOneMachine() throws Exception {
    students = TestDistrict.students(district.resolve("students.csv"), 20_000, 16);
    partners = TestDistrict.partners(district.resolve("partners.csv"), 40);
    CsvInput.Result<Service> services = InputFiles.read(partners, PartnerCsv::read);
    MtssEngine engine = MtssEngine.builder().policy(Policy.defaults())
        .services(services.rows().stream().map(CsvInput.Row::value).toList()).build();
    batchOut = district.resolve("batch");
    batch = BatchScreen.builder(engine).threads(2)
        .records(TierRecords.of(new CsvInput.Result<>(List.of(), List.of(), 0, ""), List.of(),
            java.util.Map.of(), LocalDate.now(), services.rejects()))
        .build().screen(StudentSource.csv(students), batchOut);
    spark = SparkSession.builder().master("local[2]").appName("mtss-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void csvOutputsEqualTheCommandsAfterTheSameSort() throws Exception {
    Path out = district.resolve("spark-csv");
    SparkScreen.Run run = SparkScreen.builder(spark).students(students.toString())
        .partners(partners).format(SparkScreen.Format.CSV).partitionBytes(256 << 10).build()
        .run(out.toString());

    assertThat(run.rowsRead()).isEqualTo(batch.rowsRead()).isEqualTo(20_003);
    assertThat(run.rowsScreened()).isEqualTo(batch.rowsScreened()).isEqualTo(20_000);
    assertThat(run.rowsRejected()).isEqualTo(3);
    assertThat(run.recommendations()).isPositive();
    assertThat(run.unmet()).isPositive();
    for (String file : FILES) {
      List<String> expected = Files.readAllLines(batchOut.resolve(file));
      assertThat(Files.readAllLines(out.resolve(file))).as(file).isEqualTo(expected);
      assertThat(sorted(out.resolve(file))).as(file + " sorted").isEqualTo(sorted(batchOut.resolve(file)));
    }
    assertThat(Files.readAllLines(out.resolve("unmet.csv"))).anyMatch(l -> l.contains(",capacity,"));
    assertThat(Files.readString(out.resolve("rejects.csv")))
        .contains("BAD-1").contains("BAD-2").contains("S000007").contains("SV-BROKEN");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(FILES);
    }
  }

  @Test
  void parquetOutputsArePartitionedBySchoolAndHoldTheSameCells() throws Exception {
    Path out = district.resolve("spark-parquet");
    SparkScreen.builder(spark).students(students.toString()).partners(partners).build()
        .run(out.toString());

    try (Stream<Path> schools = Files.list(out.resolve("tiers"))) {
      assertThat(schools.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("school_id=")))
          .containsExactlyInAnyOrder("school_id=ES-CEDAR", "school_id=ES-MAPLE",
              "school_id=MS-ASPEN", "school_id=HS-SUMMIT");
    }
    var tiers = spark.read().parquet(out.resolve("tiers").toString());
    assertThat(tiers.count()).isEqualTo(20_000);
    assertThat(tiers.filter("student_id = 'S000001'").select("reasons").first().getString(0))
        .isEqualTo(cell(batchOut.resolve("tiers.csv"), "S000001", 8));
    assertThat(spark.read().parquet(out.resolve("recommendations").toString()).count())
        .isEqualTo(Files.readAllLines(batchOut.resolve("recommendations.csv")).size() - 1);
  }

  @Test
  void aStudentsFileWithoutARequiredColumnFailsBeforeAnyOutput() throws Exception {
    Path broken = Files.writeString(district.resolve("no-school.csv"),
        "student_id,grade_level\nS1,3\n", StandardCharsets.UTF_8);
    Path out = district.resolve("never-written");

    assertThatThrownBy(() -> SparkScreen.builder(spark).students(broken.toString())
        .format(SparkScreen.Format.CSV).build().run(out.toString()))
        .hasMessageContaining("school_id");
    assertThat(out).doesNotExist();
  }

  private static List<String> sorted(Path file) throws IOException {
    return Files.readAllLines(file).stream().sorted().toList();
  }

  private static String cell(Path csv, String studentId, int column) throws IOException {
    String line = Files.readAllLines(csv).stream().filter(l -> l.startsWith(studentId + ","))
        .findFirst().orElseThrow();
    return org.apache.commons.csv.CSVParser.parse(line, org.apache.commons.csv.CSVFormat.RFC4180)
        .getRecords().get(0).get(column);
  }
}
