package io.github.mtss.batch;

import io.github.mtss.core.Student;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a {@link BatchScreen} reads its students: a students.csv file or stream, a list, or an
 * embedder's own (a database cursor, a Spark partition).
 */
public interface StudentSource {
  /** Returns the source's name as outputs and rejects show it, such as the file's path. */
  String name();

  /**
   * Hands every student or rejected row to {@code sink}, in source order.
   *
   * @return the number of data rows read
   * @throws InputFileException when the source as a whole cannot be used
   */
  long stream(CsvInput.Sink<Student> sink) throws InputFileException;

  /** Returns a students.csv file, streamed row by row. */
  static StudentSource csv(Path file) {
    return new NamedSource(file.toString(), sink -> StudentCsv.stream(file, sink));
  }

  /** Returns a students.csv stream named {@code name} (its bytes are held while it is read). */
  static StudentSource csv(String name, InputStream in) {
    return new NamedSource(name, sink -> StudentCsv.stream(name, in, sink));
  }

  /** Returns students already in memory; each one's line is its 1-based position. */
  static StudentSource of(String name, List<Student> students) {
    return new NamedSource(name, sink -> {
      for (int i = 0; i < students.size(); i++) {
        sink.accept(new CsvInput.Row<>(i + 1, students.get(i)));
      }
      return students.size();
    });
  }
}
