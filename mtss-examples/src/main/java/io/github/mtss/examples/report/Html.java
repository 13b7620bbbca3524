package io.github.mtss.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.html.HtmlEscapers;
import java.io.IOException;
import java.util.Locale;

/**
 * The report's markup: escaping and its number formats (one per kind of number, used by every
 * table and text), and {@link Table}, a table whose text columns are left-aligned and whose
 * numbers are right-aligned.
 */
public final class Html {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Html() {}

  /** Returns {@code text} escaped for HTML text and attribute values. */
  public static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }

  /**
   * Returns {@code data} as JSON for a {@code <script type="application/json">} block that it
   * cannot end nor be read as markup in: the characters HTML gives a meaning (and U+2028/2029)
   * as JSON's backslash-u escapes, which JSON reads as the same characters.
   */
  public static String json(JsonNode data) throws IOException {
    return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  /** Returns a count as the report writes it: {@code 12,345}. */
  public static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** Returns a share (0 to 1) as the report writes it: {@code 23.4 %}. */
  public static String share(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  /** Returns a ratio as the report writes it, always with two decimals: {@code 1.05}. */
  public static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }

  /** Returns {@code part} of {@code whole} as a share, 0 when {@code whole} is 0. */
  public static double shareOf(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Returns a section: an element with an id, a heading and its content (already markup). */
  public static String section(String id, String title, String content) {
    return "<section id=\"" + escape(id) + "\"><h2>" + escape(title) + "</h2>" + content
        + "</section>\n";
  }

  /** Returns a paragraph of escaped text. */
  public static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>";
  }

  /**
   * A table built row by row: {@link #text} cells are escaped and left-aligned, numbers
   * right-aligned in the report's formats; a row may be marked (shaded) as flagged.
   */
  public static final class Table {
    private final StringBuilder html = new StringBuilder("<div class=\"table\"><table><thead><tr>");
    private boolean inRow;

    /**
     * Starts a table with these column headings; a heading ending in {@code #} heads a column of
     * numbers (the {@code #} is not shown).
     */
    public Table(String... headings) {
      for (String heading : headings) {
        boolean number = heading.endsWith("#");
        html.append(number ? "<th class=\"num\">" : "<th>")
            .append(escape(number ? heading.substring(0, heading.length() - 1) : heading))
            .append("</th>");
      }
      html.append("</tr></thead><tbody>");
    }

    /** Starts a row, shaded when {@code flagged}. */
    public Table row(boolean flagged) {
      endRow();
      html.append(flagged ? "<tr class=\"flag\">" : "<tr>");
      inRow = true;
      return this;
    }

    /** Adds a text cell. */
    public Table text(String text) {
      html.append("<td>").append(escape(text)).append("</td>");
      return this;
    }

    /** Adds a count cell. */
    public Table count(long count) {
      return number(Html.count(count));
    }

    /** Adds a share cell. */
    public Table share(double share) {
      return number(Html.share(share));
    }

    /** Adds a number cell already formatted (one of the report's formats, or a word). */
    public Table number(String formatted) {
      html.append("<td class=\"num\">").append(escape(formatted)).append("</td>");
      return this;
    }

    /** Returns the table's markup. */
    public String html() {
      endRow();
      return html + "</tbody></table></div>";
    }

    private void endRow() {
      if (inRow) {
        html.append("</tr>");
        inRow = false;
      }
    }
  }
}
