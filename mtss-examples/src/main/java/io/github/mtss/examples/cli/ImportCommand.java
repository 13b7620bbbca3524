package io.github.mtss.examples.cli;

import picocli.CommandLine.Command;

/** {@code mtss import}: reads the standards a district's data arrives in into the CSV files. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Reads a district's data held in a standard (Ed-Fi students, HSDS community "
        + "services) into the CSV files the screen reads.",
    subcommands = {ImportEdFiCommand.class, ImportHsdsCommand.class})
final class ImportCommand extends FormatParentCommand {}
