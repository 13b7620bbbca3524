package io.github.mtss.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV sink writes byte for byte what {@code mtss screen} wrote before the batch module
 * existed: the files under {@code golden/} were written by that tool from
 * {@link TestDistrict#studentsWithRepeatAndBrokenRow()} (with {@code --partners partners.csv
 * --as-of 2026-10-01 --threads 2}); rejects.csv since has the id and value columns of issue 18.
 */
class CsvSinkGoldenTest {
  private static final List<String> FILES = List.of("tiers.csv", "family.csv",
      "tier_history.csv", "rejects.csv", "recommendations.csv", "unmet.csv");

  @TempDir Path dir;

  @Test
  void filesAreByteIdenticalToTheToolsBeforeTheMove() throws Exception {
    MtssEngine engine = MtssEngine.builder().services(PartnerCsv.read("partners.csv",
        TestDistrict.demo("partners.csv")).rows().stream().map(CsvInput.Row::value).toList())
        .build();
    ScreeningRun run = BatchScreen.builder(engine).threads(2)
        .records(TierRecords.none(LocalDate.of(2026, 10, 1))).build()
        .screen(StudentSource.csv("students.csv", TestDistrict.studentsWithRepeatAndBrokenRow()),
            dir);

    for (String file : FILES) {
      assertThat(dir.resolve(file)).as(file).hasBinaryContent(golden(file));
    }
    assertThat(withoutRunFacts(Files.readAllBytes(dir.resolve("summary.json"))))
        .isEqualTo(withoutRunFacts(golden("summary.json")));
    assertThat(run.rowsRejected()).isEqualTo(2);
  }

  /** The summary less what changes from run to run or with the rule files' layout. */
  private static ObjectNode withoutRunFacts(byte[] json) throws IOException {
    ObjectNode summary = (ObjectNode) new ObjectMapper().readTree(json);
    summary.remove(List.of("run_time_ms", "run_time_ms_by_phase", "rule_set", "run"));
    return summary;
  }

  private static byte[] golden(String file) throws IOException {
    try (InputStream in = Objects.requireNonNull(
        CsvSinkGoldenTest.class.getResourceAsStream("golden/" + file), file)) {
      return in.readAllBytes();
    }
  }
}
