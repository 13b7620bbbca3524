package io.github.mtss.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Reports the tool's version: the jar manifest's Implementation-Version, or, when run from the
 * build's classes (tests, an IDE), the version the build wrote into {@code version.properties}.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = MtssCommand.class.getPackage().getImplementationVersion();
    return new String[] {"mtss " + (version == null ? buildVersion() : version),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
            + ")"};
  }

  private static String buildVersion() {
    Properties build = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("the build wrote no version.properties");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build.getProperty("version");
  }
}
