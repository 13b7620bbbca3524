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
  /** How the CSV grammar ends one line, read from a row's start or from inside quotes. */
  enum Ending { ROW_END, IN_QUOTES, TEXT_AFTER_QUOTE }

  private static final int COMPACT_AT = 4096;
  private final Reader in;
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int limit;
  private final List<String> kept = new ArrayList<>();
  private long base = 1;
  private int forgotten;
  private long quotedFrom = -1;
  private long quotedTo = -1;

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

  /**
   * Returns why a row starting on {@code line} cannot be split, when its lines alone decide it:
   * it opens a quoted field and no later line closes it ({@link Ending#IN_QUOTES}), or the line
   * that closes it has text after the closing quote ({@link Ending#TEXT_AFTER_QUOTE}).
   * Otherwise (the row ends on its own line, or on a later line that closes its quote) returns
   * {@link Ending#ROW_END} and the parser decides. Each line is read from inside quotes at most
   * once for all rows, so a file of lines that each open a quote costs linear time.
   */
  Ending unclosedQuote(long line) throws IOException {
    if (!has(line) || scan(get(line), false) != Ending.IN_QUOTES) {
      return Ending.ROW_END;
    }
    long closing = quoteEnd(line + 1);
    return has(closing) ? scan(get(closing), true) : Ending.IN_QUOTES;
  }

  /** The first line from {@code line} on that does not end inside quotes when read from them. */
  private long quoteEnd(long line) throws IOException {
    if (line < quotedFrom || line > quotedTo) {
      long end = line;
      while (has(end) && scan(get(end), true) == Ending.IN_QUOTES) {
        end++;
      }
      quotedFrom = line;
      quotedTo = end;
    }
    return quotedTo;
  }

  /** How a line ends for RFC 4180 as Commons CSV reads it, from a row's start or in quotes. */
  static Ending scan(String text, boolean inQuotes) {
    if (text.indexOf('"') < 0) {
      return inQuotes ? Ending.IN_QUOTES : Ending.ROW_END;
    }
    boolean quoted = inQuotes;
    boolean fieldStart = !inQuotes;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (quoted && c == '"' && i < text.length() && text.charAt(i) == '"') {
        i++;
      } else if (quoted && c == '"') {
        Ending after = afterQuote(text, i);
        if (after != null) {
          return after;
        }
        quoted = false;
        fieldStart = true;
        i = text.indexOf(',', i) + 1;
      } else if (!quoted) {
        quoted = fieldStart && c == '"';
        fieldStart = c == ',';
        if (c == '\r' || c == '\n') {
          return Ending.ROW_END;
        }
      }
    }
    return quoted ? Ending.IN_QUOTES : Ending.ROW_END;
  }

  /** After a closing quote: null when a delimiter follows (past spaces), else how it ends. */
  private static @Nullable Ending afterQuote(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',') {
        return null;
      }
      if (c == '\r' || c == '\n') {
        return Ending.ROW_END;
      }
      if (!Character.isWhitespace(c)) {
        return Ending.TEXT_AFTER_QUOTE;
      }
    }
    return Ending.ROW_END;
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
