package io.github.mtss.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.base.util.Drools;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps compiled rule sets on disk: the jar the Drools executable model makes of a rule set (the
 * generated rule classes, not a serialised knowledge base), named by a key that changes whenever
 * the rule sources, the Drools version or the library's own classes change. Loading a cached
 * rule set defines its classes and builds the knowledge base from them, skipping the Java
 * compilation that is most of a cold build. A file that cannot be used is ignored and replaced.
 * Files are written whole (temporary file, then rename), so concurrent processes may share the
 * directory.
 */
final class CompiledRuleCache {
  private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleCache.class);
  private static final String MODEL_LIST = "/drools-model";
  private static final String VERSION_LINE = "Drools-Model-Version:";
  private final Path directory;
  private final String suffix;

  /** A cache in {@code directory}, its files stamped with the library build that made them. */
  CompiledRuleCache(Path directory) {
    this(directory, "-" + LIBRARY_STAMP);
  }

  private CompiledRuleCache(Path directory, String suffix) {
    this.directory = directory;
    this.suffix = suffix;
  }

  /**
   * A cache that writes the files {@link BundledRules} ships inside the library, named by the
   * sources' hash and the Drools version: the library they are bundled in is the build that made
   * them, so they carry no stamp of it.
   */
  static CompiledRuleCache bundling(Path directory) {
    return new CompiledRuleCache(directory, BUNDLED_SUFFIX);
  }

  /** Returns the file name of a rule set whose sources hash to {@code sourcesHash}. */
  static String fileName(String sourcesHash, String suffix) {
    return "rules-" + sourcesHash + suffix + ".jar";
  }

  private Path file(String sourcesHash) {
    return directory.resolve(fileName(sourcesHash, suffix));
  }

  /** Returns the cached knowledge base, or null when there is none or it cannot be used. */
  @Nullable KieBase load(String sourcesHash) {
    Path file = file(sourcesHash);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return fromJar(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      LOG.warn("ignoring unreadable compiled rules {}: {}", file, e.toString());
      return null;
    }
  }

  /**
   * Returns the knowledge base of a compiled rule set's jar, or null when it cannot be used
   * (damaged, or its classes do not load); {@code where} names the jar in the warning. Which
   * Drools version made it is in the file's name, not checked here.
   */
  static @Nullable KieBase fromJar(byte[] jar, String where) {
    try {
      Map<String, byte[]> entries = entries(jar);
      ClassLoader loader = new EntriesClassLoader(entries, RuleCompiler.class.getClassLoader());
      List<Model> models = new ArrayList<>();
      for (String name : modelClasses(entries)) {
        models.add((Model) loader.loadClass(name).getConstructor().newInstance());
      }
      return models.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(models);
    } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.warn("ignoring unusable compiled rules {}: {}", where, e.toString());
      return null;
    }
  }

  /** Stores the jar of a compiled rule set; a failure to write only costs the next run time. */
  void store(String sourcesHash, byte[] jar) {
    Path file = file(sourcesHash);
    try {
      Files.createDirectories(directory);
      Path partial = Files.createTempFile(directory, ".rules-", ".partial");
      Files.write(partial, jar);
      try {
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.warn("cannot keep compiled rules in {}: {}", directory, e.toString());
    }
  }

  /** The model classes the jar lists. */
  private static List<String> modelClasses(Map<String, byte[]> entries) {
    List<String> names = new ArrayList<>();
    entries.forEach((path, bytes) -> {
      if (path.endsWith(MODEL_LIST)) {
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
          String trimmed = line.strip();
          if (!trimmed.isEmpty() && !trimmed.startsWith(VERSION_LINE)) {
            names.add(trimmed);
          }
        }
      }
    });
    return names;
  }

  private static Map<String, byte[]> entries(byte[] jar) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    return entries;
  }

  /**
   * The version of the Drools that runs (and generates) the rule classes, from its Maven
   * metadata, which fat and shaded jars keep; {@code unknown} when it is missing.
   */
  private static final String DROOLS_VERSION = droolsVersion();
  /** The name suffix of the bundled files: they were made by one Drools version. */
  static final String BUNDLED_SUFFIX = "-drools" + DROOLS_VERSION;
  /**
   * Identifies the build that generated the rule classes (they call the fact classes of
   * mtss-core): the library's version, the size and time of the jar or directory it runs from,
   * and the Drools version.
   */
  private static final String LIBRARY_STAMP = libraryStamp();

  private static String droolsVersion() {
    try (InputStream in = Drools.class.getResourceAsStream(
        "/META-INF/maven/org.drools/drools-base/pom.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String libraryStamp() {
    String version = String.valueOf(RuleCompiler.class.getPackage().getImplementationVersion());
    try {
      Path code = Path.of(io.github.mtss.core.Student.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      long stamp = Files.size(code) ^ Files.getLastModifiedTime(code).toMillis();
      return Integer.toHexString((version + ":" + stamp + ":" + DROOLS_VERSION).hashCode());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      LOG.debug("cannot stamp the library build, keying compiled rules by version only", e);
      return version + "-" + DROOLS_VERSION;
    }
  }

  /** Defines the classes of a cached jar on demand. */
  private static final class EntriesClassLoader extends ClassLoader {
    private final Map<String, byte[]> entries;

    EntriesClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
      super(parent);
      this.entries = entries;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = entries.get(name.replace('.', '/') + ".class");
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
