package io.github.mtss.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's partner evaluation section: escaped, labelled, and absent without its file. */
class PartnerEvaluationSectionTest {
  @TempDir Path dir;

  @Test
  void textFromTheFileIsEscapedAndTheRowsGoToTheDataBlock() throws IOException {
    Files.writeString(dir.resolve(PartnerEvaluationSection.FILE), """
        {"label": "descriptive, not causal: <b>x</b>", "before": "a<", "after": "b&",
         "confidence": 0.95, "missing_after": ["S1"], "rows": [
          {"scope": "service", "id": "<script>alert(1)</script>", "partner_id": "\\"P", "needs": "food;vision",
           "students_served": 3, "seats_used": 4, "seats_offered": null, "measure": "tier",
           "served_n": 3, "comparison_n": 9, "difference": -0.5, "low": -0.9, "high": -0.1},
          {"scope": "service", "id": "<script>alert(1)</script>", "partner_id": "\\"P", "needs": "food;vision",
           "students_served": 3, "seats_used": 4, "seats_offered": null, "measure": "attendance",
           "served_n": 1, "comparison_n": 0, "difference": null, "low": null, "high": null}]}
        """);
    ObjectNode data = new ObjectMapper().createObjectNode();

    String html = PartnerEvaluationSection.html(dir, data);

    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;P",
        "descriptive, not causal: &lt;b&gt;x&lt;/b&gt;", "a&lt;", "b&amp;", "food, vision",
        "no limit", "-0.50 [-0.90, -0.10] (3 / 9)", "no comparison (1 / 0)",
        "1 students of the first screen are not in the second")
        .doesNotContain("<script>", "<b>");
    assertThat(data.path("partnerEvaluation")).hasSize(2);
  }

  @Test
  void withoutTheFileThereIsNoSection() throws IOException {
    ObjectNode data = new ObjectMapper().createObjectNode();
    assertThat(PartnerEvaluationSection.html(dir, data)).isEmpty();
    assertThat(data.has("partnerEvaluation")).isFalse();
  }
}
