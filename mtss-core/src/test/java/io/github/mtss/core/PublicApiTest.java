package io.github.mtss.core;

import io.github.mtss.testing.ApiListing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published API of mtss-core is exactly {@code api/mtss-core.txt}. */
class PublicApiTest {
  @Test
  void publishedApiIsExactlyTheListing() throws Exception {
    ApiListing.check("mtss-core", Student.class, List.of("io.github.mtss.core",
        "io.github.mtss.core.allocation", "io.github.mtss.core.equity", "io.github.mtss.core.evaluation",
        "io.github.mtss.core.progress"));
  }
}
