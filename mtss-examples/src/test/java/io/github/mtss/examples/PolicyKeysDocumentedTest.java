package io.github.mtss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.rules.PolicyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule author's guide lists every policy key in its key table. */
class PolicyKeysDocumentedTest {
  @Test
  void everyPolicyKeyHasARowInTheKeyTableOfDocsRules() throws IOException {
    List<String> tableRows = Files.readAllLines(Path.of("..", "docs", "rules.md")).stream()
        .filter(line -> line.startsWith("| `")).toList();
    for (String key : PolicyFiles.keys().keySet()) {
      assertThat(tableRows).as(key).anyMatch(row -> row.split("\\|")[1].contains("`" + key + "`"));
    }
  }
}
