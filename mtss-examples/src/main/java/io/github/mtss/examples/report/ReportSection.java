package io.github.mtss.examples.report;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * One part of {@code report.html}: its markup, and the charts it draws. A section writes every
 * value from the files through {@link Html} (escaped) and every chart as a {@link Chart} (data
 * in the page's JSON block, drawn by the page's one script), so no section can break the page's
 * escaping or its Content-Security-Policy.
 */
@FunctionalInterface
public interface ReportSection {
  /**
   * Returns this section's part of the page, or empty when the run has nothing for it (a file
   * it reads is absent).
   *
   * @throws IOException when a file it reads cannot be read
   */
  Optional<Part> render(ReportRun run) throws IOException;

  /**
   * A section's markup and the charts drawn into its {@link Chart#canvas() canvases}.
   *
   * @param html the section's HTML, every value from the files escaped
   * @param charts the charts whose canvases {@code html} holds
   */
  record Part(String html, List<Chart> charts) {
    /** Returns a part of {@code html} and the charts in it. */
    public static Part of(String html, Chart... charts) {
      return new Part(html, List.of(charts));
    }
  }
}
