package io.github.mtss.batch.evaluation;

import io.github.mtss.batch.OutputDirectory;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.evaluation.internal.EvaluationCsv;
import io.github.mtss.batch.evaluation.internal.EvaluationJson;
import io.github.mtss.batch.evaluation.internal.PolicyYaml;
import java.util.Comparator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an evaluation's files into an output directory, all or none (see
 * {@link OutputDirectory}): {@value #JSON}, {@value #CSV}, {@value #REJECTS} (the rejected rows
 * of either input, header only when none) and, after a calibration, {@value #POLICY}, a policy
 * file that {@code screen --policy} and {@code compare} read unchanged.
 */
public final class EvaluationFiles {
  /** Every measure, the yardstick's AUC, the join and the calibration. */
  public static final String JSON = "evaluation.json";
  /** One row per scope, value and flag. */
  public static final String CSV = "evaluation.csv";
  /** The rejected input rows. */
  public static final String REJECTS = "rejects.csv";
  /** The calibrated policy. */
  public static final String POLICY = "calibrated-policy.yaml";

  private EvaluationFiles() {}

  /**
   * Writes the files of {@code result} into {@code directory}, replacing an earlier
   * evaluation's.
   *
   * @return the files written
   */
  public static List<Path> write(EvaluationResult result, Path directory) throws IOException {
    List<String> names = List.of(JSON, CSV, REJECTS, POLICY);
    try (OutputDirectory out = OutputDirectory.open(directory, names)) {
      EvaluationJson.write(result, out.file(JSON));
      EvaluationCsv.write(result, out.file(CSV));
      List<RejectedRow> rejects = result.rejects().stream()
          .sorted(Comparator.comparing(RejectedRow::file).thenComparing(RejectedRow.IN_FILE_ORDER))
          .toList();
      RejectedRow.write(out.file(REJECTS), rejects);
      Calibration calibration = result.calibration();
      if (calibration != null) {
        Files.writeString(out.file(POLICY), PolicyYaml.calibrated(calibration));
      }
      out.commit();
    }
    return (result.calibration() == null ? List.of(JSON, CSV, REJECTS) : names).stream()
        .map(directory::resolve).toList();
  }
}
