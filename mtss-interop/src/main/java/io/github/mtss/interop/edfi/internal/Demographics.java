package io.github.mtss.interop.edfi.internal;

import static io.github.mtss.interop.edfi.internal.Fields.descriptor;
import static io.github.mtss.interop.edfi.internal.Fields.descriptors;
import static io.github.mtss.interop.edfi.internal.Fields.items;
import static io.github.mtss.interop.edfi.internal.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code studentEducationOrganizationAssociation}: the home language (ISO 639-2 code
 * turned into ISO 639-1) and the equity columns (race, ethnicity, sex, English learner,
 * economic disadvantage), which only the disproportionality report reads. The first
 * association that gives a value keeps it.
 */
final class Demographics {
  private static final Map<String, String> ISO_639_2 = iso6392();
  private final Codes codes;
  private final Mapping mapping;

  Demographics(Codes codes) {
    this.codes = codes;
    this.mapping = codes.mapping();
  }

  private static Map<String, String> iso6392() {
    Map<String, String> table = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        table.put(new Locale(two).getISO3Language(), two);
      } catch (MissingResourceException e) {
        // a language without a three-letter code is not read
      }
    }
    return Map.copyOf(table);
  }

  void read(JsonNode node, StudentState student) {
    if (student.homeLanguage == null) {
      student.homeLanguage = homeLanguage(node);
    }
    List<String> races = descriptors(node, "races", "Race").stream().map(codes::code)
        .filter(java.util.Objects::nonNull).toList();
    put(student, "race", races.isEmpty() ? null : String.join(";", new TreeSet<>(races)));
    put(student, "sex", codes.code(descriptor(node, "sex")));
    String hispanic = text(node, "hispanicLatinoEthnicity");
    put(student, "ethnicity", hispanic == null ? null : Boolean.parseBoolean(hispanic)
        ? "Hispanic or Latino" : "Not Hispanic or Latino");
    String proficiency = codes.code(descriptor(node, "limitedEnglishProficiency"));
    put(student, "ell", proficiency == null ? null
        : String.valueOf(mapping.has("englishLearnerCodes", proficiency)));
    List<JsonNode> characteristics = items(node, "studentCharacteristics",
        "studentCharacteristic");
    put(student, "frl", characteristics.isEmpty() ? null : String.valueOf(characteristics
        .stream().anyMatch(c -> mapping.has("economicDisadvantageCodes",
            codes.code(descriptor(c, "studentCharacteristic"))))));
  }

  private static void put(StudentState student, String column, @Nullable String value) {
    if (value != null) {
      student.equity.putIfAbsent(column, value);
    }
  }

  private @Nullable String homeLanguage(JsonNode node) {
    for (JsonNode language : items(node, "languages", "language")) {
      boolean home = descriptors(language, "uses", "LanguageUse").stream()
          .anyMatch(use -> mapping.has("homeLanguageUses", codes.code(use)));
      String code = codes.code(descriptor(language, "language"));
      if (home && code != null) {
        String two = code.length() == 2 ? code.toLowerCase(Locale.ROOT)
            : mapping.mapped("languageCodes", code);
        two = two != null ? two : ISO_639_2.get(code.toLowerCase(Locale.ROOT));
        if (two == null) {
          codes.unknown("LanguageDescriptor", code);
        }
        return two;
      }
    }
    return null;
  }
}
