package io.github.mtss.examples.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Student;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards the published API: the public types and members of each library module's exported
 * package are listed in {@code api/<module>.txt}. Removing or changing a listed signature fails
 * this test; to change the API on purpose, run the build with {@code -Dmtss.api.update=true} and
 * commit the new listing, so every API change is visible in review.
 */
class PublicApiTest {
  private static final Path LISTINGS = Path.of("..", "api");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"mtss-core, io.github.mtss.core", "mtss-rules, io.github.mtss.rules"})
  void publishedApiKeepsEveryListedSignature(String module, String packageName)
      throws Exception {
    Class<?> anchor = module.equals("mtss-core") ? Student.class : MtssEngine.class;
    List<String> current = listing(anchor, packageName);
    Path file = LISTINGS.resolve(module + ".txt");
    if (Boolean.getBoolean("mtss.api.update") || !Files.exists(file)) {
      Files.createDirectories(LISTINGS);
      Files.write(file, current, StandardCharsets.UTF_8);
    }
    List<String> listed = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> removed = new ArrayList<>(listed);
    removed.removeAll(current);
    assertThat(removed)
        .as("public API of %s removed or changed; if intended, rerun with "
            + "-Dmtss.api.update=true and commit %s", module, file)
        .isEmpty();
  }

  private static List<String> listing(Class<?> anchor, String packageName)
      throws IOException, URISyntaxException, ClassNotFoundException {
    List<String> lines = new ArrayList<>();
    for (String className : classNames(anchor, packageName)) {
      Class<?> type = Class.forName(className);
      if (Modifier.isPublic(type.getModifiers())) {
        lines.add(type.toGenericString());
        members(type).forEach(member -> lines.add("  " + member));
      }
    }
    return lines;
  }

  private static List<String> members(Class<?> type) {
    List<String> members = new ArrayList<>();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      addIfPublished(members, constructor, constructor.toGenericString());
    }
    for (Method method : type.getDeclaredMethods()) {
      if (!method.isSynthetic() && !method.isBridge()) {
        addIfPublished(members, method, method.toGenericString());
      }
    }
    for (Field field : type.getDeclaredFields()) {
      addIfPublished(members, field, field.toGenericString());
    }
    members.sort(null);
    return members;
  }

  private static void addIfPublished(List<String> members, Member member, String signature) {
    int modifiers = member.getModifiers();
    if (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) {
      members.add(signature);
    }
  }

  private static List<String> classNames(Class<?> anchor, String packageName)
      throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    String folder = packageName.replace('.', '/');
    if (Files.isDirectory(location)) {
      return classNamesIn(location.resolve(folder), packageName);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
      return classNamesIn(jar.getPath(folder), packageName);
    }
  }

  private static List<String> classNamesIn(Path folder, String packageName) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.equals("package-info.class"))
          .map(name -> packageName + "." + name.substring(0, name.length() - ".class".length()))
          .sorted()
          .toList();
    }
  }
}
