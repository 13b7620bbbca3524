package io.github.mtss.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
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
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Guards a library module's published API: the public types and members of its exported
 * packages (every package but {@code internal} ones) are listed in {@code api/<module>.txt}, and
 * the module's {@code PublicApiTest} fails when the compiled API differs from the listing in
 * either direction, an addition as much as a removal. To change the API on purpose, run the
 * build with {@code -Dmtss.api.update=true} and commit the new listing with the change, so every
 * API change is visible in review.
 *
 * <p>A public type's members include the public methods it inherits from a non-public
 * superclass (a value type's {@code Builder} inherits its setters from the generated,
 * package-private implementation), written as members of the public type.
 */
public final class ApiListing {
  private static final Path LISTINGS = Path.of("..", "api");

  private ApiListing() {}

  /**
   * Checks the listing of {@code module}, whose classes are found where {@code anchor} was
   * loaded from.
   */
  public static void check(String module, Class<?> anchor, List<String> packages)
      throws Exception {
    List<String> current = new ArrayList<>();
    for (String packageName : packages) {
      current.addAll(listing(anchor, packageName));
    }
    Path file = LISTINGS.resolve(module + ".txt");
    if (Boolean.getBoolean("mtss.api.update")) {
      Files.write(file, current, StandardCharsets.UTF_8);
    }
    assertThat(file).as("API listing of %s; create it with -Dmtss.api.update=true", module)
        .exists();
    List<String> listed = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> removed = new ArrayList<>(listed);
    removed.removeAll(current);
    List<String> added = new ArrayList<>(current);
    added.removeAll(listed);
    String advice = "if intended, rerun with -Dmtss.api.update=true and commit " + file;
    assertThat(removed).as("public API of %s removed or changed; %s", module, advice).isEmpty();
    assertThat(added).as("public API of %s added; %s", module, advice).isEmpty();
  }

  private static List<String> listing(Class<?> anchor, String packageName)
      throws IOException, URISyntaxException, ClassNotFoundException {
    List<String> lines = new ArrayList<>();
    for (String className : classNames(anchor, packageName)) {
      Class<?> type = Class.forName(className);
      if (isPublished(type)) {
        lines.add(type.toGenericString());
        members(type).forEach(member -> lines.add("  " + member));
      }
    }
    return lines;
  }

  private static boolean isPublished(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static TreeSet<String> members(Class<?> type) {
    TreeSet<String> members = new TreeSet<>();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      addIfPublished(members, type, constructor);
    }
    for (Method method : type.getDeclaredMethods()) {
      if (!method.isSynthetic() && !method.isBridge()) {
        addIfPublished(members, type, method);
      }
    }
    for (Class<?> up = type.getSuperclass(); up != null && !isPublished(up);
        up = up.getSuperclass()) {
      for (Method method : up.getDeclaredMethods()) {
        if (!method.isSynthetic() && !Modifier.isStatic(method.getModifiers())) {
          addIfPublished(members, type, method);
        }
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (!field.isSynthetic()) {
        addIfPublished(members, type, field);
      }
    }
    return members;
  }

  private static void addIfPublished(TreeSet<String> members, Class<?> type, Member member) {
    int modifiers = member.getModifiers();
    if (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) {
      String signature = member instanceof Executable executable ? executable.toGenericString()
          : ((Field) member).toGenericString();
      String owner = member.getDeclaringClass().getName();
      members.add(signature.replace(owner + ".", type.getName() + "."));
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
