package io.github.mtss.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A hidden staging directory {@code .mtss-staging-…} beside an output directory, recognisable by
 * its name and its marker file {@code mtss-staging}, which names the output directory and is
 * locked while the process that made it runs. It holds {@code new/} (the files being written) and,
 * during a commit, {@code old/} (the replaced directory). A staging directory whose marker is not
 * locked belongs to a process that ended without cleaning up: the next one into the same parent
 * puts back an {@code old/} whose directory is missing and removes the rest.
 */
final class Staging {
  static final String PREFIX = ".mtss-staging-";
  static final String MARKER = "mtss-staging";
  /** The staging directories of this process, whose markers it must not open (see below). */
  private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

  final Path directory;
  private final FileChannel marker;

  private Staging(Path directory, FileChannel marker) {
    this.directory = directory;
    this.marker = marker;
  }

  /** Makes a staging directory in {@code parent} for the output directory named {@code name}. */
  static Staging create(Path parent, String name) throws IOException {
    Path directory = Files.createTempDirectory(parent, PREFIX);
    FileChannel marker = FileChannel.open(directory.resolve(MARKER), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    marker.write(ByteBuffer.wrap(name.getBytes(StandardCharsets.UTF_8)));
    marker.lock();
    OWN.add(directory);
    return new Staging(directory, marker);
  }

  /**
   * Removes the staging directories in {@code parent} that an ended process left, after putting
   * back the output directory one of them was replacing; one that cannot be removed is left. A
   * lock is tested only on markers of other processes: closing any channel of a file releases
   * this process's lock on it.
   */
  static void cleanStale(Path parent) throws IOException {
    List<Path> candidates;
    try (Stream<Path> entries = Files.list(parent)) {
      candidates = entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)
          && Files.isRegularFile(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
          && !OWN.contains(p)).toList();
    }
    for (Path directory : candidates) {
      try {
        if (emptiedIfEnded(directory, parent)) {
          Files.deleteIfExists(directory.resolve(MARKER));
          Files.deleteIfExists(directory);
        }
      } catch (IOException e) {
        // another run is removing it, or it is not ours to remove: it stays, the run goes on
      }
    }
  }

  /** Empties a staging directory but for its marker if its process has ended. */
  private static boolean emptiedIfEnded(Path directory, Path parent) throws IOException {
    try (FileChannel marker = FileChannel.open(directory.resolve(MARKER),
        StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = tryLock(marker)) {
      if (lock == null) {
        return false;
      }
      restore(directory, parent);
      deleteAllBut(directory, directory.resolve(MARKER));
      return true;
    }
  }

  private static @Nullable FileLock tryLock(FileChannel marker) throws IOException {
    try {
      return marker.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** Puts an output directory a commit had moved aside back, if nothing took its place. */
  private static void restore(Path staging, Path parent) throws IOException {
    String name = Files.readString(staging.resolve(MARKER), StandardCharsets.UTF_8);
    Path old = staging.resolve("old");
    Path target = parent.resolve(name);
    if (Files.isDirectory(old) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(old, target);
    }
  }

  /** Removes the staging directory and what is in it, the marker last. */
  void delete() {
    try {
      deleteAllBut(directory, directory.resolve(MARKER));
      marker.close();
      Files.deleteIfExists(directory.resolve(MARKER));
      Files.deleteIfExists(directory);
      OWN.remove(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove staging directory " + directory, e);
    }
  }

  private static void deleteAllBut(Path directory, Path keep) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(keep) && !path.equals(directory)) {
          Files.deleteIfExists(path);
        }
      }
    }
  }
}
