package io.github.mtss.batch.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
    void write(RunWriter out, T item) throws IOException;

    /** Reads one item written by {@link #write}. */
    T read(RunReader in) throws IOException;
  }

  private static final int BUFFER = 1 << 16;
  /** Runs merged at once; more are first merged in groups, to bound the files open. */
  private static final int FAN_IN = 64;
  private final Path directory;
  private final Comparator<T> order;
  private final Codec<T> codec;
  private final int runSize;
  private final int fanIn;
  private final List<Path> runs = new ArrayList<>();
  private int runsWritten;
  private List<T> buffer;
  private long size;

  /**
   * Creates a sort whose runs are written into a new temporary directory inside {@code parent}.
   *
   * @param runSize how many items are sorted in memory at a time
   */
  public ExternalSort(Path parent, Comparator<T> order, Codec<T> codec, int runSize)
      throws IOException {
    this(parent, order, codec, runSize, FAN_IN);
  }

  /** Creates a sort that merges at most {@code fanIn} runs at once. */
  ExternalSort(Path parent, Comparator<T> order, Codec<T> codec, int runSize, int fanIn)
      throws IOException {
    if (runSize < 1 || fanIn < 2) {
      throw new IllegalArgumentException(
          "run size must be positive and fan-in at least 2, were " + runSize + ", " + fanIn);
    }
    this.directory = Files.createTempDirectory(parent, ".mtss-sort-");
    this.order = order;
    this.codec = codec;
    this.runSize = runSize;
    this.fanIn = fanIn;
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
    Path run = newRun();
    write(run, items.iterator());
    synchronized (this) {
      runs.add(run);
    }
  }

  private synchronized Path newRun() {
    return directory.resolve("run-" + runsWritten++);
  }

  private void write(Path run, Iterator<T> items) throws IOException {
    try (RunWriter out = new RunWriter(Files.newOutputStream(run))) {
      while (items.hasNext()) {
        codec.write(out, items.next());
      }
    }
  }

  /**
   * Returns every item added, in order. Call after the last {@link #addAll}, as often as needed
   * (each call reads the runs again); the iterator throws {@link UncheckedIOException} when a run
   * cannot be read.
   */
  public synchronized Iterator<T> sorted() throws IOException {
    if (runs.isEmpty()) {
      buffer.sort(order);
      return Collections.unmodifiableList(buffer).iterator();
    }
    if (!buffer.isEmpty()) {
      List<T> rest = buffer;
      buffer = new ArrayList<>();
      spill(rest);
    }
    while (runs.size() > fanIn) {
      List<Path> group = new ArrayList<>(runs.subList(0, fanIn));
      Path merged = newRun();
      write(merged, merge(group));
      for (Path run : group) {
        Files.delete(run);
      }
      runs.removeAll(group);
      runs.add(merged);
    }
    return merge(runs);
  }

  private Iterator<T> merge(List<Path> toMerge) throws IOException {
    PriorityQueue<Cursor<T>> heads = new PriorityQueue<>(
        (a, b) -> order.compare(a.head(), b.head()));
    for (Path run : toMerge) {
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

  /** Writes a run: numbers and byte strings into a buffer of its own (not synchronised). */
  public static final class RunWriter implements AutoCloseable {
    private final OutputStream out;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);

    RunWriter(OutputStream out) {
      this.out = out;
    }

    /** Writes a byte. */
    public void writeByte(int value) throws IOException {
      room(1).put((byte) value);
    }

    /** Writes an int. */
    public void writeInt(int value) throws IOException {
      room(Integer.BYTES).putInt(value);
    }

    /** Writes a long. */
    public void writeLong(long value) throws IOException {
      room(Long.BYTES).putLong(value);
    }

    /** Writes bytes, preceded by their number. */
    public void writeBytes(byte[] bytes) throws IOException {
      writeInt(bytes.length);
      if (bytes.length > buffer.capacity()) {
        flush();
        out.write(bytes);
      } else {
        room(bytes.length).put(bytes);
      }
    }

    /** Writes a string of any length as its UTF-8 bytes. */
    public void writeString(String text) throws IOException {
      writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private ByteBuffer room(int bytes) throws IOException {
      if (buffer.remaining() < bytes) {
        flush();
      }
      return buffer;
    }

    private void flush() throws IOException {
      out.write(buffer.array(), 0, buffer.position());
      buffer.clear();
    }

    @Override
    public void close() throws IOException {
      try (out) {
        flush();
      }
    }
  }

  /** Reads a run written by a {@link RunWriter}, in the same order. */
  public static final class RunReader implements AutoCloseable {
    private final InputStream in;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER).flip();

    RunReader(InputStream in) {
      this.in = in;
    }

    /** Returns whether every byte of the run was read. */
    boolean atEnd() throws IOException {
      return !buffer.hasRemaining() && !fill(1);
    }

    /** Reads a byte. */
    public byte readByte() throws IOException {
      return need(1).get();
    }

    /** Reads an int. */
    public int readInt() throws IOException {
      return need(Integer.BYTES).getInt();
    }

    /** Reads a long. */
    public long readLong() throws IOException {
      return need(Long.BYTES).getLong();
    }

    /** Reads bytes written by {@link RunWriter#writeBytes}. */
    public byte[] readBytes() throws IOException {
      byte[] bytes = new byte[readInt()];
      int fromBuffer = Math.min(bytes.length, buffer.remaining());
      buffer.get(bytes, 0, fromBuffer);
      if (fromBuffer < bytes.length && in.readNBytes(bytes, fromBuffer, bytes.length - fromBuffer)
          != bytes.length - fromBuffer) {
        throw new EOFException("run ends inside a record");
      }
      return bytes;
    }

    /** Reads a string written by {@link RunWriter#writeString}. */
    public String readString() throws IOException {
      return new String(readBytes(), StandardCharsets.UTF_8);
    }

    private ByteBuffer need(int bytes) throws IOException {
      if (buffer.remaining() < bytes && !fill(bytes)) {
        throw new EOFException("run ends inside a record");
      }
      return buffer;
    }

    /** Reads more of the run; false when fewer than {@code bytes} are left. */
    private boolean fill(int bytes) throws IOException {
      buffer.compact();
      int read = in.readNBytes(buffer.array(), buffer.position(), buffer.remaining());
      buffer.position(buffer.position() + read).flip();
      return buffer.remaining() >= bytes;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** The next unread item of one run. */
  private static final class Cursor<T> {
    private final RunReader in;
    private final Codec<T> codec;
    private @Nullable T head;

    Cursor(Path run, Codec<T> codec) throws IOException {
      this.in = new RunReader(Files.newInputStream(run));
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
      if (in.atEnd()) {
        head = null;
        in.close();
      } else {
        head = codec.read(in);
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
