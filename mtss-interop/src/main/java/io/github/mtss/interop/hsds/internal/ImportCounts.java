package io.github.mtss.interop.hsds.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** What an HSDS import counts on the way, for import-summary.json. Not thread-safe. */
public final class ImportCounts {
  /** Services ignored, by reason. */
  public final SortedMap<String, Integer> ignored = new TreeMap<>();
  /** Terms of services that the mapping does not know, with the services naming each. */
  public final SortedMap<String, Integer> unmappedTerms = new TreeMap<>();
  /** Languages not understood, with the services naming each. */
  public final SortedMap<String, Integer> unknownLanguages = new TreeMap<>();
  /** Warnings, in the order raised. */
  public final List<String> warnings = new ArrayList<>();
  /** Rows written with no seat limit. */
  public int noSeatLimit;
  /** Rows serving every school because no location of the service has coordinates. */
  public int everySchoolUnplaced;

  void warn(String warning) {
    warnings.add(warning);
  }
}
