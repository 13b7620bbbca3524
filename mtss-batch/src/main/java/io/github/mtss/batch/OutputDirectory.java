package io.github.mtss.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Writes a command's output directory all or none. The files are written into a hidden staging
 * directory beside the destination, which then takes the destination's place whole: the old
 * directory is renamed into the staging directory, the new one renamed into its place, and the
 * old one removed, so that no file of an earlier run is left beside the new ones.
 *
 * <p>An existing destination must hold only files among the command's output names, so that
 * replacing it loses nothing else. A process killed during the swap leaves the old directory
 * inside its staging directory; the next {@code open} in the same parent puts it back, and
 * removes the staging directories of processes that have ended (recognised by name and a locked
 * marker file). A JVM that shuts down (SIGTERM, Ctrl-C) removes the staging directories of its
 * open output directories.
 */
public final class OutputDirectory implements AutoCloseable {
  private static final Set<OutputDirectory> OPEN = ConcurrentHashMap.newKeySet();
  private final Path target;
  private final Set<String> names;
  private final Staging staging;
  private final Renamer renamer;
  private boolean done;

  /** Renames a file or directory; a seam for tests that stop a commit at a rename. */
  interface Renamer {
    void move(Path from, Path to) throws IOException;
  }

  private OutputDirectory(Path target, Set<String> names, Staging staging, Renamer renamer) {
    this.target = target;
    this.names = names;
    this.staging = staging;
    this.renamer = renamer;
  }

  /**
   * Prepares to write into {@code target} the files among {@code names}.
   *
   * @throws FileSystemException if {@code target} is a file, or a directory holding anything else
   *     than files among {@code names}
   */
  public static OutputDirectory open(Path target, Collection<String> names) throws IOException {
    return open(target, names, OutputDirectory::rename);
  }

  static OutputDirectory open(Path target, Collection<String> names, Renamer renamer)
      throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Staging.cleanStale(parent);
    Set<String> outputs = Set.copyOf(names);
    refuseForeignFiles(absolute, outputs);
    Staging staging = Staging.create(parent, absolute.getFileName().toString());
    OutputDirectory directory = new OutputDirectory(absolute, outputs, staging, renamer);
    ShutdownCleanup.install();
    OPEN.add(directory);
    readableByAll(Files.createDirectory(directory.fresh()), "rwxr-xr-x");
    return directory;
  }

  private static void refuseForeignFiles(Path target, Set<String> names) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target + " exists and is not a directory");
    }
    Optional<String> foreign;
    try (Stream<Path> entries = Files.list(target)) {
      foreign = entries.filter(p -> !names.contains(p.getFileName().toString())
              || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> p.getFileName().toString()).sorted().findFirst();
    }
    if (foreign.isPresent()) {
      throw new FileSystemException(target.toString(), null, "holds " + foreign.get()
          + ", which is not one of this command's outputs (" + String.join(", ",
          new TreeSet<>(names)) + "); the directory is replaced whole, so give a new or empty "
          + "one, or one an earlier run wrote");
    }
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
    if (!names.contains(name)) {
      throw new IllegalArgumentException(name + " is not among the outputs " + names);
    }
    return fresh().resolve(name);
  }

  /**
   * Returns a directory on the destination's file system where a command may keep temporary
   * files; they are removed with the staging directory.
   */
  public Path scratch() {
    return staging.directory;
  }

  /** Returns the size and CRC-32C of each file written so far, by name in name order. */
  public Map<String, Fingerprint> fingerprints() throws IOException {
    Map<String, Fingerprint> files = new LinkedHashMap<>();
    try (Stream<Path> listing = Files.list(fresh())) {
      for (Path file : listing.sorted().toList()) {
        files.put(file.getFileName().toString(), Fingerprint.of(file));
      }
    }
    return files;
  }

  /**
   * Puts the written files in the destination's place, then removes the old directory. When a
   * rename fails, the old directory is put back.
   */
  public synchronized void commit() throws IOException {
    Path old = staging.directory.resolve("old");
    boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (replacing) {
      renamer.move(target, old);
    }
    try {
      renamer.move(fresh(), target);
    } catch (IOException e) {
      if (replacing) {
        putBack(old, e);
      }
      throw e;
    }
    done = true;
    discard();
  }

  /** Puts the old directory back; if that fails too, leaves it for the next run to put back. */
  private void putBack(Path old, IOException failure) {
    try {
      rename(old, target);
    } catch (IOException e) {
      done = true;
      failure.addSuppressed(e);
    }
  }

  private Path fresh() {
    return staging.directory.resolve("new");
  }

  static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Removes the staging directory, and with it the written files unless they were committed. */
  @Override
  public synchronized void close() {
    if (!done) {
      done = true;
      discard();
    }
  }

  private void discard() {
    OPEN.remove(this);
    staging.delete();
  }

  /**
   * The size and CRC-32C of a file: enough to tell the files of one run from another's.
   *
   * @param bytes the size
   * @param crc32c the CRC-32C, 8 hexadecimal digits
   */
  public record Fingerprint(long bytes, String crc32c) {
    /** Reads {@code file} and returns its fingerprint. */
    public static Fingerprint of(Path file) throws IOException {
      CRC32C crc = new CRC32C();
      byte[] buffer = new byte[1 << 16];
      long size = 0;
      try (InputStream in = Files.newInputStream(file)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          crc.update(buffer, 0, n);
          size += n;
        }
      }
      return new Fingerprint(size, HexFormat.of().toHexDigits((int) crc.getValue()));
    }
  }

  /** Removes the staging directories of the open output directories when the JVM shuts down. */
  private static final class ShutdownCleanup {
    static {
      Runtime.getRuntime().addShutdownHook(new Thread(ShutdownCleanup::run, "mtss-staging"));
    }

    static void install() {
      // loading the class registers the hook, once
    }

    private static void run() {
      for (OutputDirectory directory : List.copyOf(OPEN)) {
        try {
          directory.close();
        } catch (RuntimeException e) {
          // a writer is still busy in it: the next run into the same parent removes it
        }
      }
    }
  }
}
