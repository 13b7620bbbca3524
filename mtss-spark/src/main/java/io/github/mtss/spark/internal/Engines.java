package io.github.mtss.spark.internal;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.rules.MtssEngine;
import org.jspecify.annotations.Nullable;

/**
 * The engine of this JVM: built lazily, once, from the broadcast {@link EngineInputs}, and
 * shared by every task the JVM runs (an engine is thread-safe). A KieBase is never serialised;
 * only the inputs travel. A JVM that runs a job with other inputs builds their engine instead.
 */
public final class Engines {
  private static @Nullable Built built;

  private record Built(String digest, MtssEngine engine) {}

  private Engines() {}

  /** Returns the engine of {@code inputs}, building it the first time this JVM needs it. */
  public static synchronized MtssEngine get(EngineInputs inputs) throws InputFileException {
    String digest = inputs.digest();
    if (built == null || !built.digest().equals(digest)) {
      built = new Built(digest, inputs.build());
    }
    return built.engine();
  }
}
