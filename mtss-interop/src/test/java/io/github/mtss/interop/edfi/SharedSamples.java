package io.github.mtss.interop.edfi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared interoperability samples: {@code ../shared/interop} beside the repository's
 * root (the directory holding {@code mvnw}), as CI lays them out.
 */
final class SharedSamples {
  private SharedSamples() {}

  static Path grandBend() {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("mvnw"))) {
      root = root.getParent();
    }
    assertThat(root).as("repository root (holding mvnw) above %s", Path.of("").toAbsolutePath())
        .isNotNull();
    Path sample = root.resolve("../shared/interop/edfi/grand-bend-sample").normalize();
    assertThat(sample).as("the shared Ed-Fi sample beside the repository").isDirectory();
    return sample;
  }
}
