package io.github.mtss.examples.cli;

import picocli.CommandLine.Command;

/** {@code mtss export}: writes screening results in a standard a district's systems load. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes screening results in a standard the district's systems can load.",
    subcommands = {ExportEdFiCommand.class},
    footer = {"  mtss export edfi --from screened --out edfi"})
final class ExportCommand extends FormatParentCommand {}
