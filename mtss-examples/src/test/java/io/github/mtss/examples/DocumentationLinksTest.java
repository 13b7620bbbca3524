package io.github.mtss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation stands alone: every Markdown link in README.md and docs/*.md points at a file
 * of this repository, and at a heading of that file when it names one; none leaves it.
 */
class DocumentationLinksTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  /** An inline link or image: {@code [text](target)} or {@code ![alt](target "title")}. */
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]*)>?"
      + "(?:\\s+\"[^\"]*\")?\\s*\\)");
  /** A reference definition {@code [name]: target}, or an autolink {@code <scheme:...>}. */
  private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*(\\S+)");
  private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*)>");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");

  private static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>(List.of(REPOSITORY.resolve("README.md")));
    try (Stream<Path> docs = Files.list(REPOSITORY.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents;
  }

  /** Returns the text outside code blocks and code spans, where a link is a link. */
  static String prose(String markdown) {
    return CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
  }

  /** Returns every link target of a Markdown text. */
  static List<String> targets(String markdown) {
    String prose = prose(markdown);
    List<String> targets = new ArrayList<>();
    for (Pattern pattern : List.of(LINK, REFERENCE, AUTOLINK)) {
      Matcher link = pattern.matcher(prose);
      while (link.find()) {
        targets.add(link.group(1));
      }
    }
    return targets;
  }

  /** Returns the anchors a renderer gives the headings of a Markdown text, GitHub's way. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Matcher heading = HEADING.matcher(FENCE.matcher(markdown).replaceAll(""));
    while (heading.find()) {
      String slug = heading.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
          .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
      int count = seen.merge(slug, 1, Integer::sum);
      anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    return anchors;
  }

  @Test
  void everyLinkOfTheDocumentationResolvesInsideTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path document : documents()) {
      String name = REPOSITORY.relativize(document).toString();
      for (String target : targets(Files.readString(document))) {
        links++;
        String problem = problem(document, target);
        if (problem != null) {
          broken.add(name + ": (" + target + ") " + problem);
        }
      }
    }
    assertThat(broken).as("broken links").isEmpty();
    assertThat(links).as("links checked").isGreaterThan(20);
  }

  private static String problem(Path document, String target) throws IOException {
    if (SCHEME.matcher(target).find() || target.startsWith("//")) {
      return "leaves the repository: write the page in docs/ instead";
    }
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    Path resolved = file.isEmpty() ? document
        : document.getParent().resolve(file).normalize();
    if (!resolved.startsWith(REPOSITORY)) {
      return "points outside the repository";
    }
    if (!Files.exists(resolved)) {
      return "no such file";
    }
    if (hash >= 0) {
      String anchor = target.substring(hash + 1);
      if (!Files.isRegularFile(resolved) || !resolved.toString().endsWith(".md")
          || !anchors(Files.readString(resolved)).contains(anchor)) {
        return "no heading with anchor #" + anchor + " in " + REPOSITORY.relativize(resolved);
      }
    }
    return null;
  }

  @Test
  void theCheckFindsLinksAndAnchorsTheWayARendererDoes() {
    assertThat(targets("see [a](docs/a.md#x), ![i](img.png \"t\"), <https://e.org>, "
        + "`[no](code.md)`\n```\n[no](block.md)\n```\n[r]: ../shared/x.md"))
        .containsExactlyInAnyOrder("docs/a.md#x", "img.png", "https://e.org", "../shared/x.md");
    assertThat(anchors("# One: two\n## 1. Change a number: the policy file\n"
        + "### overrides.csv (`--overrides`)\n## Dup\n## Dup\n"))
        .contains("one-two", "1-change-a-number-the-policy-file", "overridescsv---overrides",
            "dup", "dup-1");
  }
}
