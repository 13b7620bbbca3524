package io.github.mtss.interop.edfi;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.interop.edfi.internal.Mapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The code lists, tables and thresholds an Ed-Fi import aggregates by: which descriptor
 * namespaces are read, grade levels, instructional calendar events, absence categories,
 * suspensions, major and minor behaviours, counted grade types, the failing grades, subjects,
 * GPA preferences, universal screeners, percentile reporting methods, home-language uses and
 * language codes, English-learner and economic-disadvantage codes. The defaults ship with the
 * library ({@code default-mapping.json}, described in docs/edfi.md); a district's mapping file
 * is a JSON object whose keys replace the defaults' values of the same name.
 */
public final class EdFiMapping {
  private static final EdFiMapping DEFAULTS = new EdFiMapping(Mapping.defaults());
  private final Mapping mapping;

  private EdFiMapping(Mapping mapping) {
    this.mapping = mapping;
  }

  /** The shipped defaults. */
  public static EdFiMapping defaults() {
    return DEFAULTS;
  }

  /**
   * The defaults with the keys of a district's mapping file replacing them.
   *
   * @throws InputFileException naming the file, line and column of the first problem (not
   *     JSON, an unknown key, a value of the wrong kind, a grade level other than K..12)
   */
  public static EdFiMapping load(Path file) throws InputFileException {
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(file + ": no such mapping file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new EdFiMapping(DEFAULTS.mapping.overriddenBy(file.toString(), in));
    } catch (IOException e) {
      throw new InputFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  Mapping values() {
    return mapping;
  }
}
