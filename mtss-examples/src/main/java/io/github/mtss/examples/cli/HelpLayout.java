package io.github.mtss.examples.cli;

import java.util.Comparator;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The one layout of every command's help, applied to the whole command tree so a command added
 * later gets it too: required options first, each marked {@code *}, then the others in
 * alphabetical order; the examples footer and the exit codes under every command.
 */
final class HelpLayout {
  /** The heading of every command's examples footer. */
  static final String EXAMPLES_HEADING = "%nExamples:%n";
  private static final String OPTIONS_HEADING = "Options (* = required):%n";
  private static final String PARAMETERS_HEADING = "Parameters:%n";
  /** Columns of the help when the terminal's width is unknown. */
  private static final int WIDTH = 100;

  private HelpLayout() {}

  /** Applies the layout to {@code root} and every command under it. */
  static CommandLine apply(CommandLine root) {
    root.setHelpFactory(RequiredFirst::new);
    root.setUsageHelpLongOptionsMaxWidth(28);
    root.setUsageHelpWidth(WIDTH);
    root.setUsageHelpAutoWidth(true);
    applyTo(root);
    return root;
  }

  private static void applyTo(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    spec.usageMessage().requiredOptionMarker('*').optionListHeading(OPTIONS_HEADING)
        .parameterListHeading(PARAMETERS_HEADING)
        .footerHeading(EXAMPLES_HEADING).abbreviateSynopsis(false);
    command.getSubcommands().values().forEach(HelpLayout::applyTo);
  }

  /** Returns an option's name for sorting: its longest name without the leading dashes. */
  static String sortName(OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
  }

  /** Help whose option list puts the required options first, then sorts by name. */
  private static final class RequiredFirst extends CommandLine.Help {
    RequiredFirst(CommandSpec spec, ColorScheme colors) {
      super(spec, colors);
    }

    @Override
    public Comparator<OptionSpec> createDefaultOptionSort() {
      return Comparator.comparing((OptionSpec option) -> !option.required())
          .thenComparing(HelpLayout::sortName);
    }
  }
}
