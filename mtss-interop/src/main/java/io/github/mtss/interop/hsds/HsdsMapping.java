package io.github.mtss.interop.hsds;

import io.github.mtss.batch.InputFileException;
import io.github.mtss.core.Need;
import io.github.mtss.core.PartnerType;
import io.github.mtss.interop.hsds.internal.MappingParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an HSDS directory becomes partners.csv: the taxonomy terms that give a service's need
 * category and an organization's partner type, the ages of kindergarten, the school radius, the
 * evening hour, the statuses imported and which capacity figures count as seats. The defaults
 * are the resource {@code hsds-mapping.yaml} beside this class (documented in docs/hsds.md); a
 * district's mapping file (YAML or JSON) overrides any key and adds terms to the two tables.
 *
 * @param kindergartenAge the age of a kindergarten child; each year older is one grade more
 * @param schoolRadiusKm the greatest distance, in km, from a service's location to a school it
 *     serves
 * @param eveningStarts the time of day from which opening hours count as evening
 * @param statuses the service statuses imported, lower case
 * @param capacityFigure the service_capacity figure that is the seats: {@code available} or
 *     {@code maximum}
 * @param capacityUnits the units of service_capacity counted as seats, lower case
 * @param defaultPartnerType the partner type when no term and no supplement gives one
 * @param categories need category by term name or code, lower case; empty for a known term that
 *     is no category
 * @param partnerTypes partner type by organization term name or code, lower case
 */
public record HsdsMapping(int kindergartenAge, double schoolRadiusKm, LocalTime eveningStarts,
    Set<String> statuses, String capacityFigure, Set<String> capacityUnits,
    PartnerType defaultPartnerType, Map<String, Optional<Need>> categories,
    Map<String, PartnerType> partnerTypes) {

  /** The name of the default mapping resource. */
  public static final String DEFAULTS = "hsds-mapping.yaml";

  /** Copies the collections, so the mapping is immutable. */
  public HsdsMapping {
    statuses = Set.copyOf(statuses);
    capacityUnits = Set.copyOf(capacityUnits);
    categories = Map.copyOf(categories);
    partnerTypes = Map.copyOf(partnerTypes);
    Objects.requireNonNull(eveningStarts);
  }

  /** Returns the shipped defaults. */
  public static HsdsMapping defaults() {
    try (InputStream in = Objects.requireNonNull(
        HsdsMapping.class.getResourceAsStream(DEFAULTS), DEFAULTS)) {
      return MappingParser.parse(DEFAULTS, in, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InputFileException e) {
      throw new IllegalStateException("the shipped " + DEFAULTS + " is broken: " + e.getMessage(),
          e);
    }
  }

  /**
   * Reads a district's mapping file over the defaults.
   *
   * @throws InputFileException naming the file, line and column of the first problem
   */
  public static HsdsMapping read(Path file) throws InputFileException {
    try (InputStream in = Files.newInputStream(file)) {
      return MappingParser.parse(file.toString(), in, defaults());
    } catch (IOException e) {
      throw new InputFileException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Returns the key under which a term's name or code is looked up. */
  public static String key(String term) {
    return term.strip().toLowerCase(Locale.ROOT);
  }
}
