package io.github.mtss.interop.edfi;

import io.github.mtss.testing.ApiListing;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published API of mtss-interop (packages {@code io.github.mtss.interop.edfi} and
 * {@code io.github.mtss.interop.hsds}) is exactly {@code api/mtss-interop.txt}.
 */
class PublicApiTest {
  @Test
  void publishedApiIsExactlyTheListing() throws Exception {
    List<String> packages = Stream.of("io.github.mtss.interop.edfi",
        "io.github.mtss.interop.hsds").filter(PublicApiTest::compiled).toList();
    ApiListing.check("mtss-interop", EdFiImport.class, packages);
  }

  private static boolean compiled(String packageName) {
    return PublicApiTest.class.getClassLoader()
        .getResource(packageName.replace('.', '/')) != null;
  }
}
