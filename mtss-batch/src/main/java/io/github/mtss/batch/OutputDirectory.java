package io.github.mtss.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a command's output files all or none: files are written into a hidden staging directory
 * beside their destination and moved into place only once every file is complete. When the
 * destination does not exist yet it appears in one rename; when it exists, each file replaces its
 * old version by an atomic rename and other files in it are left alone.
 */
public final class OutputDirectory implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputDirectory(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Prepares to write into {@code target}. */
  public static OutputDirectory open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new FileAlreadyExistsException(absolute + " exists and is not a directory");
    }
    Path stagingParent = Files.isDirectory(absolute) ? absolute : parent;
    Files.createDirectories(stagingParent);
    Path staging = Files.createTempDirectory(stagingParent, ".mtss-staging-");
    readableByAll(staging, "rwxr-xr-x");
    return new OutputDirectory(absolute, staging);
  }

  /**
   * Gives a file the usual permissions of a shared output (temporary files are created private),
   * where the file system has POSIX permissions.
   */
  public static void readableByAll(Path file, String permissions) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    }
  }

  /** Returns where to write the output file {@code name} until {@link #commit()}. */
  public Path file(String name) {
    return staging.resolve(name);
  }

  /**
   * Returns the staging directory, on the destination's file system, where a command may keep
   * temporary files; it must remove them before {@link #commit()}. They are removed with the
   * staging directory if the command fails.
   */
  public Path scratch() {
    return staging;
  }

  /** Moves every written file into the destination. */
  public void commit() throws IOException {
    if (!Files.exists(target)) {
      move(staging, target);
    } else {
      List<Path> files;
      try (Stream<Path> listing = Files.list(staging)) {
        files = listing.sorted().toList();
      }
      for (Path file : files) {
        move(file, target.resolve(file.getFileName()));
      }
      Files.delete(staging);
    }
    committed = true;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the staging directory unless the files were committed. */
  @Override
  public void close() {
    if (committed || !Files.exists(staging)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(staging)) {
      List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
      for (Path path : paths) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove staging directory " + staging, e);
    }
  }
}
