package io.github.mtss.spark;

import io.github.mtss.testing.ApiListing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published API of mtss-spark is exactly {@code api/mtss-spark.txt}. */
class PublicApiTest {
  @Test
  void publishedApiIsExactlyTheListing() throws Exception {
    ApiListing.check("mtss-spark", SparkScreen.class, List.of("io.github.mtss.spark"));
  }
}
