package io.github.mtss.batch;

import io.github.mtss.testing.ApiListing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published API of mtss-batch is exactly {@code api/mtss-batch.txt}. */
class PublicApiTest {
  @Test
  void publishedApiIsExactlyTheListing() throws Exception {
    ApiListing.check("mtss-batch", BatchScreen.class, List.of("io.github.mtss.batch",
        "io.github.mtss.batch.evaluation"));
  }
}
