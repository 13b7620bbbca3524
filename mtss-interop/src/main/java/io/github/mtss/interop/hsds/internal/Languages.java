package io.github.mtss.interop.hsds.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the language of an HSDS {@code languages} row (an ISO 639-1 or 639-2/3 code, a language
 * tag such as {@code en-US}, or an English name such as {@code Spanish}) into the ISO 639-1 code
 * partners.csv uses.
 */
final class Languages {
  private static final Map<String, String> CODES = codes();

  private Languages() {}

  private static Map<String, String> codes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      Locale language = new Locale(two);
      codes.put(two, two);
      codes.put(language.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), two);
      try {
        codes.put(language.getISO3Language(), two);
      } catch (MissingResourceException e) {
        // a language with no three-letter code: found by its two letters or name
      }
    }
    String[] bibliographic = {"alb", "sq", "arm", "hy", "baq", "eu", "bur", "my", "chi", "zh",
        "cze", "cs", "dut", "nl", "fre", "fr", "geo", "ka", "ger", "de", "gre", "el", "ice", "is",
        "mac", "mk", "mao", "mi", "may", "ms", "per", "fa", "rum", "ro", "slo", "sk", "tib", "bo",
        "wel", "cy"};
    for (int i = 0; i < bibliographic.length; i += 2) {
      codes.put(bibliographic[i], bibliographic[i + 1]);
    }
    return codes;
  }

  /** Returns the ISO 639-1 code of a language, or null when it is not understood. */
  static @Nullable String iso6391(String language) {
    String text = language.strip().toLowerCase(Locale.ROOT);
    String code = CODES.get(text);
    if (code == null && text.matches("[a-z]{2,3}[-_].*")) {
      code = CODES.get(text.split("[-_]", 2)[0]);
    }
    return code;
  }
}
