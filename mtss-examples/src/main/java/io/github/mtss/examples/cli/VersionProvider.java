package io.github.mtss.examples.cli;

import picocli.CommandLine;

/** Reports the tool's version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = MtssCommand.class.getPackage().getImplementationVersion();
    return new String[] {"mtss " + (version == null ? "(development build)" : version)};
  }
}
