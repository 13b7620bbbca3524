package io.github.mtss.rules.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.mtss.rules.RuleMessage;
import io.github.mtss.rules.RulePackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A district's rule pack as found on disk: every rule file under a directory ({@code *.drl},
 * decision tables {@code *.drl.csv}, {@code *.drl.xls}, {@code *.drl.xlsx}), in path order, and
 * the default rules its optional manifest {@code pack.yaml} disables by name.
 *
 * @param directory the pack's directory
 * @param sources the rule files, in path order
 * @param disabled the names of default rules to disable, with where the manifest names them
 */
public record RulePackFiles(Path directory, List<RuleSource> sources,
    Map<String, RuleMessage> disabled) {

  /** The manifest's file name. */
  public static final String MANIFEST = "pack.yaml";
  /**
   * The largest rule file (or manifest) read, in bytes: 4 MiB, far above any rule file or
   * decision table written by hand; a larger file is refused before it is read.
   */
  public static final long MAX_FILE_BYTES = 4L << 20;
  private static final List<String> RULE_FILE_SUFFIXES =
      List.of(".drl", ".drl.csv", ".drl.xls", ".drl.xlsx");

  /**
   * Reads a pack directory.
   *
   * @throws RulePackException when the directory, a file or the manifest cannot be read
   */
  public static RulePackFiles read(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw single(directory.toString(), 0, 0, "not a directory of rule files");
    }
    List<RuleSource> sources = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        if (isRuleFile(file)) {
          requireSmall(file);
          String relative = directory.relativize(file).toString().replace('\\', '/');
          sources.add(RuleSource.of(file.toString(), "district/" + relative,
              Files.readAllBytes(file), MovedFacts::rename));
        }
      }
    } catch (IOException e) {
      throw single(directory.toString(), 0, 0, "cannot read rule pack: " + e.getMessage());
    }
    Path manifest = directory.resolve(MANIFEST);
    Map<String, RuleMessage> disabled = Map.of();
    if (Files.isRegularFile(manifest)) {
      requireSmall(manifest);
      disabled = readManifest(manifest);
    }
    return new RulePackFiles(directory, List.copyOf(sources), disabled);
  }

  private static void requireSmall(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw single(file.toString(), 0, 0, "cannot read: " + e.getMessage());
    }
    if (size > MAX_FILE_BYTES) {
      throw single(file.toString(), 1, 1, "larger than " + (MAX_FILE_BYTES >> 20)
          + " MiB, the most a rule file may have; is it a rule file?");
    }
  }

  private static boolean isRuleFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return RULE_FILE_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  /** Reads {@code disable:} (a list of rule names) and {@code name:} from the manifest. */
  private static Map<String, RuleMessage> readManifest(Path manifest) {
    String file = manifest.toString();
    Map<String, RuleMessage> disabled = new LinkedHashMap<>();
    List<RuleMessage> problems = new ArrayList<>();
    try (JsonParser parser = new YAMLFactory().createParser(manifest.toFile())) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          JsonLocation where = parser.currentTokenLocation();
          JsonToken value = parser.nextToken();
          if (key.equals("disable") && value == JsonToken.START_ARRAY) {
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
              disabled.put(parser.getText(), at(file, parser.currentTokenLocation(),
                  "disables rule \"" + parser.getText() + "\""));
            }
          } else if (key.equals("name") || key.equals("description")) {
            parser.skipChildren();
          } else {
            problems.add(at(file, where, "unknown key '" + key
                + "'; a pack manifest has name, description and disable (a list of rule names)"));
            parser.skipChildren();
          }
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(at(file, e.getLocation(), ParserWords.of(e.getOriginalMessage())));
    } catch (IOException e) {
      problems.add(RuleMessage.of(file, 0, 0, "cannot read: " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new RulePackException("the rule pack manifest is not usable", problems);
    }
    return disabled;
  }

  private static RuleMessage at(String file, @Nullable JsonLocation where, String message) {
    return where == null ? RuleMessage.of(file, 0, 0, message)
        : RuleMessage.of(file, where.getLineNr(), where.getColumnNr(), message);
  }

  private static RulePackException single(String file, int line, int column, String message) {
    return new RulePackException("the rule pack is not usable",
        List.of(RuleMessage.of(file, line, column, message)));
  }
}
