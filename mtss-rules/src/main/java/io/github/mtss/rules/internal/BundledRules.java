package io.github.mtss.rules.internal;

import io.github.mtss.core.Policy;
import io.github.mtss.core.Student;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;

/**
 * The default rules compiled when the library is built and shipped inside it, so that an engine
 * with the default rules starts without compiling them: once with the default policy's values in
 * place ({@link PolicyConstants}) and once as written, for any other policy. Each is the jar the
 * Drools executable model makes (the generated rule classes, never a serialised knowledge base),
 * named by the hash of the sources it was compiled from, so a changed rule file simply finds no
 * bundled jar and is compiled. Being part of the library's own jar, the files are as trusted as
 * its classes and are never written at run time.
 *
 * <p>{@link #main} writes them during the library's build ({@code process-classes}).
 */
public final class BundledRules {
  /** Where the bundled jars are, on the class path. */
  static final String DIRECTORY = "io/github/mtss/rules/compiled/";
  /** The Drools setting of how many rules a package needs before they are built in parallel. */
  private static final String SEQUENTIAL_BUILD = "drools.parallelRulesBuildThreshold";
  /** The time of every entry of a bundled jar: the earliest a zip file can hold. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private BundledRules() {}

  /** Returns whether a compiled rule set of sources hashing to {@code sourcesHash} is bundled. */
  static boolean has(String sourcesHash) {
    return BundledRules.class.getClassLoader().getResource(resource(sourcesHash)) != null;
  }

  /**
   * Returns the bundled knowledge base of sources hashing to {@code sourcesHash}, or null when
   * none is bundled for the running Drools version, or the fact classes (mtss-core) are of
   * another released version than this library's.
   */
  static @Nullable KieBase load(String sourcesHash) {
    String resource = resource(sourcesHash);
    try (InputStream in = BundledRules.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null || !sameVersion(version(Student.class), version(BundledRules.class))) {
        return null;
      }
      return CompiledRuleCache.fromJar(in.readAllBytes(), "classpath:" + resource);
    } catch (IOException e) {
      return null;
    }
  }

  /** Versions are compared when both are known: classes run from a build directory have none. */
  private static boolean sameVersion(@Nullable String core, @Nullable String rules) {
    return core == null || rules == null || core.equals(rules);
  }

  private static @Nullable String version(Class<?> type) {
    return type.getPackage().getImplementationVersion();
  }

  private static String resource(String sourcesHash) {
    return DIRECTORY + CompiledRuleCache.fileName(sourcesHash, CompiledRuleCache.BUNDLED_SUFFIX);
  }

  /**
   * Compiles the default rules with the default policy's values in place and as written into
   * {@code args[0]} (the build's class directory), replacing the jars of an earlier build.
   *
   * @throws IOException when the directory cannot be written
   */
  public static void main(String[] args) throws IOException {
    // Drools generates the rules of a large package on parallel threads, and the order of some
    // generated classes then depends on their timing: one thread gives the same bytes each build.
    System.setProperty(SEQUENTIAL_BUILD, String.valueOf(Integer.MAX_VALUE));
    Path directory = Path.of(args[0]).resolve(DIRECTORY);
    Files.createDirectories(directory);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(directory, "rules-*.jar")) {
      for (Path file : old) {
        Files.delete(file);
      }
    }
    CompiledRuleCache bundle = CompiledRuleCache.bundling(directory);
    List<RuleSource> defaults = DefaultRules.sources();
    RuleCompiler.compileInto(PolicyConstants.inline(defaults, Policy.defaults()), bundle);
    RuleCompiler.compileInto(defaults, bundle);
    try (DirectoryStream<Path> made = Files.newDirectoryStream(directory, "rules-*.jar")) {
      for (Path file : made) {
        reproducible(file);
      }
    }
  }

  /**
   * Rewrites a jar with its entries in name order and one fixed time, so that two builds of the
   * same sources give the same bytes (the library's build is reproducible).
   */
  private static void reproducible(Path jar) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        ZipEntry written = new ZipEntry(entry.getKey());
        written.setTimeLocal(FIXED_TIME);
        out.putNextEntry(written);
        out.write(entry.getValue());
        out.closeEntry();
      }
    }
  }
}
