package io.github.mtss.examples.cli;

import picocli.CommandLine.Command;

/** {@code mtss import}: reads the standards a district's data arrives in into the CSV files. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Reads a district's data held in a standard (Ed-Fi students, HSDS community "
        + "services) into the CSV files the screen reads.",
    subcommands = {ImportEdFiCommand.class, ImportHsdsCommand.class},
    footer = {"  mtss import edfi --in edfi-export --as-of 2022-03-01 --out imported",
        "  mtss import hsds --in hsds-export --out data/partners.csv"})
final class ImportCommand extends FormatParentCommand {}
