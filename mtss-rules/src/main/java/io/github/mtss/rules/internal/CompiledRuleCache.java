package io.github.mtss.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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

  CompiledRuleCache(Path directory) {
    this.directory = directory;
  }

  /** Returns the file of a rule set whose sources hash to {@code sourcesHash}. */
  private Path file(String sourcesHash) {
    return directory.resolve("rules-" + sourcesHash + "-" + LIBRARY_STAMP + ".jar");
  }

  /** Returns the cached knowledge base, or null when there is none or it cannot be used. */
  @Nullable KieBase load(String sourcesHash) {
    Path file = file(sourcesHash);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      Map<String, byte[]> entries = entries(Files.readAllBytes(file));
      ClassLoader loader = new EntriesClassLoader(entries, RuleCompiler.class.getClassLoader());
      List<Model> models = new ArrayList<>();
      for (String name : modelClasses(entries)) {
        models.add((Model) loader.loadClass(name).getConstructor().newInstance());
      }
      return models.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(models);
    } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.warn("ignoring unusable compiled rules {}: {}", file, e.toString());
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

  /** The model classes the jar lists, when it was made by the running Drools version. */
  private static List<String> modelClasses(Map<String, byte[]> entries) {
    List<String> names = new ArrayList<>();
    String running = KieBaseBuilder.class.getPackage().getImplementationVersion();
    entries.forEach((path, bytes) -> {
      if (path.endsWith(MODEL_LIST)) {
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
          String trimmed = line.strip();
          if (trimmed.startsWith(VERSION_LINE)) {
            String made = trimmed.substring(VERSION_LINE.length()).strip();
            if (running != null && !running.equals(made)) {
              throw new IllegalStateException("made by Drools " + made + ", running " + running);
            }
          } else if (!trimmed.isEmpty()) {
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
   * Identifies the library build that generated the rule classes (they call the fact classes of
   * mtss-core): its version and the size and time of the jar or directory it runs from.
   */
  private static final String LIBRARY_STAMP = libraryStamp();

  private static String libraryStamp() {
    String version = String.valueOf(RuleCompiler.class.getPackage().getImplementationVersion());
    try {
      Path code = Path.of(io.github.mtss.core.Student.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      long stamp = Files.size(code) ^ Files.getLastModifiedTime(code).toMillis();
      return Integer.toHexString((version + ":" + stamp).hashCode());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      LOG.debug("cannot stamp the library build, keying compiled rules by version only", e);
      return version;
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
