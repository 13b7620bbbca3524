package io.github.mtss.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.allocation.SeatAllocation;
import io.github.mtss.core.Service;
import io.github.mtss.core.Student;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A streamed screening writes the same files however small its chunks and runs are, and a
 * repeated student id costs exactly the repeated row, even when the repeat lands in another run.
 */
class StreamingScreenTest {
  private static final List<String> FILES = List.of("tiers.csv", "family.csv",
      "tier_history.csv", "rejects.csv", "recommendations.csv", "unmet.csv");
  private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
  private static MtssEngine engine;

  @TempDir Path dir;

  @BeforeAll
  static void engine() throws IOException, InputFileException {
    List<Service> services;
    try (InputStream in = TestDistrict.demo("partners.csv")) {
      services = PartnerCsv.read("partners.csv", in).rows().stream()
          .map(CsvInput.Row::value).toList();
    }
    engine = MtssEngine.builder().services(services).build();
  }

  @Test
  void tinyChunksAndRunsWriteTheSameFilesAsTheDefaults() throws Exception {
    Path students = demoStudents("students.csv", List.of());
    TierRecords records = history();

    screen(students, records, Limits.DEFAULTS, 1, "defaults");
    screen(students, records, new Limits(3, 7), 3, "tiny");

    for (String file : FILES) {
      assertThat(dir.resolve("tiny").resolve(file)).as(file)
          .hasSameBinaryContentAs(dir.resolve("defaults").resolve(file));
    }
    assertThat(Files.readAllLines(dir.resolve("tiny/recommendations.csv"))).hasSizeGreaterThan(10);
  }

  @Test
  void streamedMatchingGivesTheSeatsOfTheInMemoryOptimalAllocation() throws Exception {
    Path students = demoStudents("students.csv", List.of());
    screen(students, TierRecords.none(DAY), new Limits(50, 120), 2, "streamed");

    List<Student> all;
    try (InputStream in = TestDistrict.demo("students.csv")) {
      all = StudentCsv.read("students.csv", in).rows().stream().map(CsvInput.Row::value)
          .toList();
    }
    SeatAllocation allocation = engine.allocate(engine.screen(all));
    List<String> expected = allocation.assignments().stream()
        .map(a -> String.join(",", a.request().studentId(), a.request().need().id(),
            a.serviceId()))
        .toList();
    List<String> streamed = Files.readAllLines(dir.resolve("streamed/recommendations.csv"))
        .stream().skip(1).map(line -> String.join(",", List.of(line.split(",")).subList(0, 3)))
        .toList();
    assertThat(streamed).isNotEmpty().containsExactlyElementsOf(expected);
    assertThat(Files.readAllLines(dir.resolve("streamed/unmet.csv"))).hasSize(
        allocation.unmet().size() + 1);
  }

  @Test
  void aRepeatedIdIsRejectedAndChangesNothingElse() throws Exception {
    Path original = demoStudents("original.csv", List.of());
    List<String> rows = Files.readAllLines(original);
    String repeat = rows.get(1).replaceFirst(",K,|,[0-9]+,", ",9,");
    Path repeated = demoStudents("repeated.csv", List.of(repeat, rows.get(200)));

    screen(original, TierRecords.none(DAY), new Limits(16, 50), 2, "original");
    ScreeningRun run = screen(repeated, TierRecords.none(DAY),
        new Limits(16, 50), 2, "repeated");

    for (String file : List.of("tiers.csv", "family.csv", "recommendations.csv", "unmet.csv")) {
      assertThat(dir.resolve("repeated").resolve(file)).as(file)
          .hasSameBinaryContentAs(dir.resolve("original").resolve(file));
    }
    assertThat(Files.readAllLines(dir.resolve("repeated/rejects.csv"))).containsExactly(
        "line,student_id,column,problem,file,id,value",
        duplicate(402, rows.get(1), repeated), duplicate(403, rows.get(200), repeated));
    assertThat(run.rowsRead()).isEqualTo(402);
    assertThat(run.rowsScreened()).isEqualTo(400);
    assertThat(run.rowsRejected()).isEqualTo(2);
  }

  private static String duplicate(int line, String row, Path file) {
    String id = row.split(",")[0];
    return line + "," + id + ",student_id,student_id='" + id
        + "': duplicate student id; the first row with this id is kept," + file + "," + id + ","
        + id;
  }

  private ScreeningRun screen(Path students, TierRecords records, Limits limits,
      int threads, String out) throws IOException, InputFileException {
    return BatchScreen.builder(engine).records(records).threads(threads).limits(limits).build()
        .screen(StudentSource.csv(students), dir.resolve(out));
  }

  /** The demo district's students, with extra rows appended. */
  private Path demoStudents(String name, List<String> extra) throws IOException {
    List<String> lines;
    try (InputStream in = TestDistrict.demo("students.csv")) {
      lines = new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .split("\r?\n")));
    }
    lines.addAll(extra);
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  /** An earlier history for every tenth demo student, before and after the screen's day. */
  private TierRecords history() throws IOException, InputFileException {
    StringBuilder csv = new StringBuilder(String.join(",", TierRecordsCsv.HISTORY_COLUMNS));
    List<String> rows = Files.readAllLines(demoStudents("ids.csv", List.of()));
    for (int i = 1; i < rows.size(); i += 10) {
      String id = rows.get(i).split(",")[0];
      csv.append('\n').append(id).append(",2026-09-01,2,2,rules,");
      csv.append('\n').append(id).append(",2026-12-01,3,3,rules,");
    }
    csv.append("\nnot-screened,2026-09-01,1,1,rules,\n");
    var history = TierRecordsCsv.readHistory("history.csv",
        new java.io.ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
    return new TierRecords(List.of(), history.rows().stream().map(CsvInput.Row::value).toList(),
        Map.of(), DAY, List.of());
  }
}
