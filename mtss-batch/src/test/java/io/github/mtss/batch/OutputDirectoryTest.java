package io.github.mtss.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A command's output directory, all or none, when the process is killed at each rename of its
 * commit (in a child JVM that halts there: no cleanup runs, as with kill -9) or stopped with
 * SIGTERM, and what the next run into the same parent cleans.
 */
class OutputDirectoryTest {
  private static final List<String> NAMES = List.of("a.csv", "b.csv");
  private static final Map<String, String> OLD = Map.of("a.csv", "old a", "b.csv", "old b");
  private static final Map<String, String> NEW = Map.of("a.csv", "new a", "b.csv", "new b");

  @TempDir Path parent;

  @ParameterizedTest(name = "{0} a commit {1} an earlier run: {2} after the next run")
  @CsvSource({
      "killed before rename 1, over, old", "killed before rename 2, over, old",
      "killed after rename 2, over, new", "killed before rename 1, without, none",
      "killed after rename 1, without, new"})
  void aKillAtEachRenameLeavesOneRunWholeOnceTheNextRunCleans(String kill, String earlier,
      String left) throws Exception {
    Path out = parent.resolve("out");
    if (earlier.equals("over")) {
      write(Files.createDirectory(out), OLD);
    }
    Process child = child(out, kill.replace("killed ", "").replace("rename ", ""));
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes(),
        StandardCharsets.UTF_8)).isEqualTo(Child.KILLED);

    OutputDirectory.open(parent.resolve("next"), NAMES).close();
    assertThat(hidden()).as("staging directories left").isEmpty();
    switch (left) {
      case "old" -> assertThat(contents(out)).isEqualTo(OLD);
      case "new" -> assertThat(contents(out)).isEqualTo(NEW);
      default -> assertThat(out).doesNotExist();
    }
  }

  @Test
  void sigtermRemovesTheStagingDirectory() throws Exception {
    Process child = child(parent.resolve("out"), "sleep");
    try (BufferedReader said = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(said.readLine()).isEqualTo("ready");
      assertThat(hidden()).hasSize(1);
      child.destroy();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(hidden()).as("staging directories left").isEmpty();
    assertThat(parent.resolve("out")).doesNotExist();
  }

  @Test
  void theNextRunRemovesOnlyStagingDirectoriesOfEndedRuns() throws IOException {
    Path noMarker = Files.createDirectory(parent.resolve(".mtss-staging-mine"));
    Path otherName = Files.createDirectory(parent.resolve(".cache-1"));
    Files.writeString(otherName.resolve(Staging.MARKER), "out");
    Path ended = Files.createDirectories(parent.resolve(".mtss-staging-1/new"));
    Files.writeString(ended.resolveSibling(Staging.MARKER), "out");
    try (OutputDirectory live = OutputDirectory.open(parent.resolve("live"), NAMES)) {
      OutputDirectory.open(parent.resolve("out"), NAMES).close();

      assertThat(noMarker).exists();
      assertThat(otherName.resolve(Staging.MARKER)).exists();
      assertThat(ended.getParent()).doesNotExist();
      assertThat(live.scratch()).exists();
    }
  }

  @Test
  void aDirectoryHoldingOtherFilesIsRefusedUntouched() throws IOException {
    Path out = Files.createDirectory(parent.resolve("out"));
    write(out, Map.of("a.csv", "old a", "notes.txt", "mine"));

    assertThatThrownBy(() -> OutputDirectory.open(out, NAMES))
        .isInstanceOf(FileSystemException.class).hasMessageContaining("holds notes.txt");
    assertThat(contents(out)).containsEntry("notes.txt", "mine").containsEntry("a.csv", "old a");
    assertThat(hidden()).isEmpty();
  }

  private Process child(Path out, String mode) throws IOException {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Child.class.getName(), out.toString(), mode)
        .redirectErrorStream(true).start();
  }

  private List<String> hidden() throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(Staging.PREFIX)).toList();
    }
  }

  private static void write(Path directory, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(directory.resolve(file.getKey()), file.getValue());
    }
  }

  private static Map<String, String> contents(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path file : entries.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return files;
  }

  /**
   * Writes the new run into {@code args[0]} and halts before or after rename N of its commit
   * ({@code "before 2"}), or says {@code ready} and waits to be stopped ({@code "sleep"}).
   */
  static final class Child {
    static final int KILLED = 9;

    public static void main(String[] args) throws Exception {
      String mode = args[1];
      int[] renames = {0};
      OutputDirectory out = OutputDirectory.open(Path.of(args[0]), NAMES, (from, to) -> {
        renames[0]++;
        haltIf(mode.equals("before " + renames[0]));
        OutputDirectory.rename(from, to);
        haltIf(mode.equals("after " + renames[0]));
      });
      write(out.file("a.csv").getParent(), NEW);
      if (mode.equals("sleep")) {
        System.out.println("ready");
        Thread.sleep(60_000);
      }
      out.commit();
    }

    private static void haltIf(boolean kill) {
      if (kill) {
        Runtime.getRuntime().halt(KILLED);
      }
    }
  }
}
