package io.github.mtss.interop.hsds;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Finds the shared samples: {@code ../shared/interop} beside the repository's root. */
final class SharedSamples {
  private SharedSamples() {}

  /** Returns {@code ../shared/interop/hsds}, or null when it is not there. */
  static @Nullable Path hsds() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      if (Files.exists(at.resolve("mvnw"))) {
        Path shared = at.resolveSibling("shared").resolve("interop").resolve("hsds");
        return Files.isDirectory(shared) ? shared : null;
      }
    }
    return null;
  }
}
