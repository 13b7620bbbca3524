package io.github.mtss.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lines of one UTF-8 input (past a byte-order mark), read once and kept from the row being
 * parsed on, so that parsing can start again on a kept line, such as the line after a row the
 * CSV grammar refuses, without reading the input again. Lines end with {@code \r\n}, {@code \n}
 * or {@code \r}, as the CSV parser counts them.
 */
final class CsvLines implements Closeable {
  private static final int COMPACT_AT = 4096;
  private final Reader in;
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int limit;
  private final List<String> kept = new ArrayList<>();
  private long base = 1;
  private int forgotten;

  /** Reads lines of {@code in}, reporting bytes that are not UTF-8 as an {@link IOException}. */
  CsvLines(InputStream in) throws IOException {
    this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    if (fill() && buffer[0] == '\uFEFF') {
      position = 1;
    }
  }

  /** Returns a reader of the input from the start of the 1-based, kept {@code line} on. */
  Reader from(long line) {
    return new View(line);
  }

  /**
   * Returns the first line from {@code line} on that is not empty (the CSV parser skips empty
   * lines before a row), or the line after the last when there is none.
   */
  long firstFilled(long line) throws IOException {
    long filled = line;
    while (has(filled) && isLineBreak(get(filled))) {
      filled++;
    }
    return filled;
  }

  /** Returns a kept line's text without its line break, empty after the last line. */
  String text(long line) throws IOException {
    return has(line) ? get(line).stripTrailing() : "";
  }

  /** Forgets the lines before {@code line}: parsing will not start again before it. */
  void forget(long line) {
    forgotten = (int) Math.min(kept.size(), Math.max(forgotten, line - base));
    if (forgotten > COMPACT_AT && forgotten * 2 > kept.size()) {
      kept.subList(0, forgotten).clear();
      base += forgotten;
      forgotten = 0;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private String get(long line) {
    return kept.get((int) (line - base));
  }

  /** Whether the input has {@code line}, reading lines up to it. */
  private boolean has(long line) throws IOException {
    while (line - base >= kept.size()) {
      String next = readLine();
      if (next == null) {
        return false;
      }
      kept.add(next);
    }
    return true;
  }

  private static boolean isLineBreak(String line) {
    return line.equals("\n") || line.equals("\r\n") || line.equals("\r");
  }

  /** Reads one line with its line break; null at the end of input. */
  private @Nullable String readLine() throws IOException {
    StringBuilder line = new StringBuilder(128);
    while (position < limit || fill()) {
      char c = buffer[position++];
      line.append(c);
      if (c == '\n') {
        break;
      }
      if (c == '\r') {
        if ((position < limit || fill()) && buffer[position] == '\n') {
          line.append(buffer[position++]);
        }
        break;
      }
    }
    return line.isEmpty() ? null : line.toString();
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  /** Reads the kept lines from one line on, and lines not read yet after them. */
  private final class View extends Reader {
    private long line;
    private int offset;

    View(long line) {
      this.line = line;
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
      int copied = 0;
      while (copied < len && has(line)) {
        String text = get(line);
        int count = Math.min(len - copied, text.length() - offset);
        text.getChars(offset, offset + count, target, off + copied);
        copied += count;
        offset += count;
        if (offset == text.length()) {
          line++;
          offset = 0;
        }
      }
      return copied == 0 && len > 0 ? -1 : copied;
    }

    @Override
    public void close() {
      // the lines stay for the next view; CsvLines.close() closes the input
    }
  }
}
