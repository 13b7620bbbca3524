package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mtss import edfi} on the shared Grand Bend sample (../shared beside the repository),
 * and its refusals: exit codes 0, 1 and 2 and no stack trace.
 */
class ImportEdFiCommandTest {
  @TempDir
  Path dir;

  private static Path sample() {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("mvnw"))) {
      root = root.getParent();
    }
    assertThat(root).as("repository root").isNotNull();
    Path sample = root.resolve("../shared/interop/edfi/grand-bend-sample").normalize();
    assertThat(sample).as("the shared Ed-Fi sample beside the repository").isDirectory();
    return sample;
  }

  private CliRunner importSample(String... more) {
    Path sample = sample();
    List<String> args = new java.util.ArrayList<>(List.of("import", "edfi", "--in",
        sample.toString(), "--in", sample.resolve("excerpts-ds6").toString(), "--as-of",
        "2022-03-01", "--out", dir.resolve("out").toString()));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  @Test
  void importsTheSampleDistrictIntoAStudentsFileTheScreenReads() throws Exception {
    CliRunner run = importSample("--explain", "605675");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("imported 15 students of school year 2022 as of 2022-03-01")
        .contains("explain 605675: enrolment ");
    assertThat(Files.readAllLines(dir.resolve("out/students.csv"))).hasSize(16)
        .first().asString().startsWith("student_id,school_id,grade_level,days_enrolled");
    assertThat(dir.resolve("out/import-summary.json")).content()
        .contains("\"studentSchoolAttendanceEvents\"", "totalInstructionalDays");

    CliRunner screen = CliRunner.run("screen", "--students",
        dir.resolve("out/students.csv").toString(), "--out", dir.resolve("screened").toString());
    assertThat(screen.exitCode()).as(screen.err()).isZero();
    assertThat(screen.out()).contains("screened 15 of 15 rows");
  }

  @Test
  void aSupplementRowForAnUnknownStudentIsRejectedWithExitCodeOne() throws Exception {
    Path supplement = Files.writeString(dir.resolve("supplement.csv"),
        "student_id,needs\n605675,food\nnobody,housing\n");
    CliRunner run = importSample("--supplement", supplement.toString());
    assertThat(run.exitCode()).isEqualTo(MtssCommand.ROWS_REJECTED);
    assertThat(run.err()).contains("1 problem(s), see import-rejects.csv");
    assertThat(dir.resolve("out/students.csv")).content().contains("food");
  }

  @Test
  void aBrokenMappingFileStopsWithItsLocationBeforeAnyOutput() throws Exception {
    Path mapping = Files.writeString(dir.resolve("mapping.json"), "{\n \"gradeLevel\": {}\n}");
    CliRunner run = importSample("--mapping", mapping.toString());
    assertThat(run.exitCode()).isEqualTo(MtssCommand.UNUSABLE);
    assertThat(run.err()).startsWith("error: " + mapping + ":2:2: unknown key 'gradeLevel'")
        .doesNotContain("Exception");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void neitherInputNorApiIsAUsageError() {
    CliRunner run = CliRunner.run("import", "edfi", "--as-of", "2022-03-01", "--out",
        dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(MtssCommand.UNUSABLE);
    assertThat(run.err()).contains("give either --in DIR|FILE or --api URL");
  }

  @Test
  void theApiNeedsItsCredentialsAndASecretFileThatExists() {
    CliRunner run = CliRunner.run("import", "edfi", "--api", "http://127.0.0.1:9/api",
        "--as-of", "2022-03-01", "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(MtssCommand.UNUSABLE);
    assertThat(run.err()).contains("--api needs --client-id and --client-secret-file");
    run = CliRunner.run("import", "edfi", "--api", "http://127.0.0.1:9/api", "--client-id",
        "key", "--client-secret-file", dir.resolve("none.txt").toString(), "--as-of",
        "2022-03-01", "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(MtssCommand.UNUSABLE);
    assertThat(run.err()).contains("none.txt: no such client secret file");
  }

  @Test
  void explainingAStudentTheInputDoesNotNameSaysSo() {
    CliRunner run = importSample("--explain", "nobody");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("explain nobody: no record of the input names this student");
  }

  @Test
  void anOutputInsideTheInputIsRefused() {
    Path sample = sample();
    CliRunner run = CliRunner.run("import", "edfi", "--in", sample.toString(), "--as-of",
        "2022-03-01", "--out", sample.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(MtssCommand.UNUSABLE);
    assertThat(run.err()).contains("overlap");
  }
}
