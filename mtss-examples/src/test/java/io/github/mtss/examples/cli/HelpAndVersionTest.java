package io.github.mtss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command explains itself: {@code mtss help}, required options first and marked, every
 * option described, an examples footer, help that points only into this repository, the real
 * version and a completion script. The walk covers commands added later too.
 */
class HelpAndVersionTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern DOC_MENTION = Pattern.compile("docs/[\\w./-]+\\.md");

  /** Every command of the tree, the root first. */
  private static List<CommandLine> allCommands() {
    List<CommandLine> all = new ArrayList<>();
    collect(MtssCommand.commandLine(), all);
    return all;
  }

  private static void collect(CommandLine command, List<CommandLine> all) {
    all.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, all));
  }

  private static String usage(CommandLine command) {
    return command.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  @Test
  void helpListsTheCommandsAndHelpOfACommandShowsItsUsage() {
    CliRunner help = CliRunner.run("help");
    assertThat(help.exitCode()).as(help.err()).isZero();
    assertThat(help.out()).contains("screen", "validate", "rules", "completion", "Examples:");

    CliRunner screen = CliRunner.run("help", "screen");
    assertThat(screen.exitCode()).as(screen.err()).isZero();
    assertThat(screen.out()).isEqualTo(CliRunner.run("screen", "--help").out())
        .contains("Usage: mtss screen", "tiers.csv", "family.csv", "tier_history.csv",
            "rejects.csv", "summary.json", "Examples:", "mtss screen --students students.csv");
  }

  @Test
  void requiredOptionsComeFirstMarkedThenTheOthersByName() {
    List<String> optionLines = usage(MtssCommand.commandLine().getSubcommands().get("screen"))
        .lines()
        .dropWhile(line -> !line.startsWith("Options (* = required):")).skip(1)
        .takeWhile(line -> !line.startsWith("Examples:"))
        .filter(line -> line.matches("^[ *] +(-\\w, )?--.*")).toList();

    assertThat(optionLines.get(0)).startsWith("*").contains("--out");
    assertThat(optionLines.get(1)).startsWith("*").contains("--students");
    List<String> names = optionLines.stream().skip(2).map(line -> {
      Matcher name = Pattern.compile("--([\\w-]+)").matcher(line);
      assertThat(name.find()).isTrue();
      return name.group(1);
    }).toList();
    assertThat(names).isSorted().contains("allow-unsafe-rules", "partners", "version")
        .allSatisfy(name -> assertThat(name).isNotIn("out", "students"));
    assertThat(optionLines.stream().skip(2)).allMatch(line -> line.startsWith(" "));
  }

  @Test
  void everyOptionOfEveryCommandIsDescribedInWordsOfItsOwn() {
    for (CommandLine command : allCommands()) {
      String name = command.getCommandSpec().qualifiedName();
      for (OptionSpec option : command.getCommandSpec().options()) {
        String description = String.join(" ", option.description()).strip();
        assertThat(description).as("%s %s", name, option.longestName()).isNotBlank();
        assertThat(description.split("\\s+")).as("%s %s: %s", name, option.longestName(),
            description).hasSizeGreaterThanOrEqualTo(4);
        assertThat(words(description)).as("%s %s circular", name, option.longestName())
            .isNotEqualTo(words(option.longestName())).isNotEqualTo(words(option.paramLabel()));
      }
      command.getCommandSpec().positionalParameters().forEach(parameter ->
          assertThat(String.join(" ", parameter.description())).as(name + " " +
              parameter.paramLabel()).hasSizeGreaterThan(15));
    }
  }

  @Test
  void everyCommandHasAnExamplesFooterThatRunsMtss() {
    for (CommandLine command : allCommands()) {
      CommandSpec spec = command.getCommandSpec();
      assertThat(spec.usageMessage().footer()).as(spec.qualifiedName()).isNotEmpty();
      assertThat(String.join("\n", spec.usageMessage().footer())).as(spec.qualifiedName())
          .contains("mtss ");
      assertThat(usage(command)).as(spec.qualifiedName()).contains("Examples:");
      assertThat(String.join(" ", spec.usageMessage().description())).as(spec.qualifiedName())
          .isNotBlank();
    }
  }

  @Test
  void helpPointsOnlyIntoThisRepository() {
    for (CommandLine command : allCommands()) {
      String usage = usage(command);
      assertThat(usage).as(command.getCommandSpec().qualifiedName())
          .doesNotContain("shared/", "http://", "https://", "../");
      Matcher docs = DOC_MENTION.matcher(usage);
      while (docs.find()) {
        assertThat(REPOSITORY.resolve(docs.group())).as(docs.group()).isRegularFile();
      }
    }
  }

  @Test
  void versionIsTheBuildsVersionNotAPlaceholder() {
    CliRunner version = CliRunner.run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out().lines().findFirst()).hasValueSatisfying(line ->
        assertThat(line).matches("mtss \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    assertThat(version.out()).doesNotContain("development", "${").contains("Java ");
  }

  @Test
  void completionPrintsABashScriptForEveryCommand() {
    CliRunner completion = CliRunner.run("completion");
    assertThat(completion.exitCode()).as(completion.err()).isZero();
    assertThat(completion.out()).startsWith("#!/usr/bin/env bash")
        .contains("complete -F", "screen", "validate", "export", "--students", "--partners");
  }

  @Test
  void noCommandNamesEveryCommandAndTheHelp() {
    CliRunner none = CliRunner.run();
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("demo, screen, validate", "rules, completion",
        "mtss help COMMAND");
  }

  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  @Test
  void theRepositoryRootIsFound() {
    assertThat(Files.isRegularFile(REPOSITORY.resolve("README.md"))).isTrue();
  }
}
