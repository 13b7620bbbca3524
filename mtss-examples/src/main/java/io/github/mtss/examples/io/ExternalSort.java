package io.github.mtss.examples.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * Sorts more items than fit in memory: items are added from any number of threads, and each time
 * {@code runSize} of them have gathered they are sorted and written to a temporary file (a run);
 * {@link #sorted()} then merges the runs. Memory holds at most about two runs' worth of items
 * plus one item per run during the merge. The order must be total (no two items equal), so
 * that the result does not depend on which thread added what when.
 *
 * @param <T> the items
 */
public final class ExternalSort<T> implements AutoCloseable {
  /** Writes and reads items in a run file. */
  public interface Codec<T> {
    /** Writes one item. */
    void write(DataOutput out, T item) throws IOException;

    /** Reads one item written by {@link #write}. */
    T read(DataInput in) throws IOException;
  }

  private static final int BUFFER = 1 << 16;
  private final Path directory;
  private final Comparator<T> order;
  private final Codec<T> codec;
  private final int runSize;
  private final List<Path> runs = new ArrayList<>();
  private List<T> buffer;
  private long size;

  /**
   * Creates a sort whose runs are written into a new temporary directory inside {@code parent}.
   *
   * @param runSize how many items are sorted in memory at a time
   */
  public ExternalSort(Path parent, Comparator<T> order, Codec<T> codec, int runSize)
      throws IOException {
    if (runSize < 1) {
      throw new IllegalArgumentException("run size must be positive, was " + runSize);
    }
    this.directory = Files.createTempDirectory(parent, ".mtss-sort-");
    this.order = order;
    this.codec = codec;
    this.runSize = runSize;
    this.buffer = new ArrayList<>();
  }

  /** Adds items; a full buffer is sorted and written by the calling thread. */
  public void addAll(List<T> items) throws IOException {
    List<T> full = null;
    synchronized (this) {
      buffer.addAll(items);
      size += items.size();
      if (buffer.size() >= runSize) {
        full = buffer;
        buffer = new ArrayList<>();
      }
    }
    if (full != null) {
      spill(full);
    }
  }

  /** Returns the number of items added. */
  public synchronized long size() {
    return size;
  }

  private void spill(List<T> items) throws IOException {
    items.sort(order);
    Path run;
    synchronized (this) {
      run = directory.resolve("run-" + runs.size());
      runs.add(run);
    }
    try (DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(Files.newOutputStream(run), BUFFER))) {
      for (T item : items) {
        codec.write(out, item);
      }
    }
  }

  /**
   * Returns every item added, in order. Call once, after the last {@link #addAll}; the iterator
   * throws {@link UncheckedIOException} when a run cannot be read.
   */
  public synchronized Iterator<T> sorted() throws IOException {
    List<T> rest = buffer;
    buffer = new ArrayList<>();
    if (runs.isEmpty()) {
      rest.sort(order);
      return rest.iterator();
    }
    spill(rest);
    PriorityQueue<Cursor<T>> heads = new PriorityQueue<>(
        (a, b) -> order.compare(a.head(), b.head()));
    for (Path run : runs) {
      Cursor<T> cursor = new Cursor<>(run, codec);
      if (cursor.head != null) {
        heads.add(cursor);
      }
    }
    return new Merge<>(heads);
  }

  /** Deletes the runs. */
  @Override
  public void close() throws IOException {
    for (Path run : runs) {
      Files.deleteIfExists(run);
    }
    Files.deleteIfExists(directory);
  }

  /** Writes a string of any length as its UTF-8 length and bytes. */
  public static void writeString(DataOutput out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Reads a string written by {@link #writeString}. */
  public static String readString(DataInput in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The next unread item of one run. */
  private static final class Cursor<T> {
    private final DataInputStream in;
    private final Codec<T> codec;
    private @Nullable T head;

    Cursor(Path run, Codec<T> codec) throws IOException {
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), BUFFER));
      this.codec = codec;
      advance();
    }

    T head() {
      if (head == null) {
        throw new NoSuchElementException();
      }
      return head;
    }

    void advance() throws IOException {
      try {
        head = codec.read(in);
      } catch (EOFException end) {
        head = null;
        in.close();
      }
    }
  }

  /** Merges runs by always taking the smallest head. */
  private static final class Merge<T> implements Iterator<T> {
    private final PriorityQueue<Cursor<T>> heads;

    Merge(PriorityQueue<Cursor<T>> heads) {
      this.heads = heads;
    }

    @Override
    public boolean hasNext() {
      return !heads.isEmpty();
    }

    @Override
    public T next() {
      Cursor<T> smallest = heads.poll();
      if (smallest == null) {
        throw new NoSuchElementException();
      }
      T item = smallest.head();
      try {
        smallest.advance();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (smallest.head != null) {
        heads.add(smallest);
      }
      return item;
    }
  }
}
