package io.github.mtss.examples.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;

/**
 * Where each line of a text starts, counting {@code \r\n}, {@code \n} and {@code \r} each as one
 * line break, as the CSV parser does.
 */
final class LineIndex {
  private final int[] starts;
  private final int count;

  LineIndex(String text) {
    int[] found = new int[16];
    int n = 0;
    found[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = i + 1;
      }
    }
    boolean endsWithBreak = n > 1 && found[n - 1] == text.length();
    this.count = endsWithBreak ? n - 1 : n;
    this.starts = Arrays.copyOf(found, n);
  }

  /** Returns the number of lines (a final line break does not start another line). */
  long count() {
    return count;
  }

  /** Returns a reader of the text from the start of the 1-based {@code line}, without a copy. */
  Reader readerFrom(String text, long line) throws IOException {
    StringReader reader = new StringReader(text);
    reader.skip(line > count ? text.length() : starts[(int) line - 1]);
    return reader;
  }

  /** Returns the 1-based {@code line} without its line break. */
  String line(String text, long line) {
    if (line > count) {
      return "";
    }
    int start = starts[(int) line - 1];
    int end = line < starts.length ? starts[(int) line] : text.length();
    return text.substring(start, end).stripTrailing();
  }
}
