package io.github.mtss.rules;

import io.github.mtss.testing.ApiListing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published API of mtss-rules is exactly {@code api/mtss-rules.txt}. */
class PublicApiTest {
  @Test
  void publishedApiIsExactlyTheListing() throws Exception {
    ApiListing.check("mtss-rules", MtssEngine.class,
        List.of("io.github.mtss.rules", "io.github.mtss.rules.facts",
            "io.github.mtss.rules.testing"));
  }
}
