package io.github.mtss.core;

import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A service a partner offers (Open Referral HSDS service): the need it meets, whom it serves
 * (grades, tiers, schools, student or family), in which languages and when, and how many seats
 * it has for the period (or that it has no seat limit). A student fits a service when every criterion fits; the eligibility
 * rules explain each criterion that does not.
 */
@Value.Immutable
public abstract class Service {
  /** Returns the service's identifier, unique among services. */
  public abstract String id();

  /** Returns the service's name. */
  public abstract String name();

  /** Returns the partner that offers it. */
  public abstract Partner partner();

  /** Returns the need category it meets. */
  public abstract Need category();

  /** Returns the tiers it serves. */
  public abstract Set<Tier> tiers();

  /** Returns the lowest grade it serves. */
  public abstract Grade minGrade();

  /** Returns the highest grade it serves. */
  public abstract Grade maxGrade();

  /** Returns whom it serves. */
  public abstract Audience audience();

  /** Returns the languages it is offered in (ISO 639-1 codes). */
  public abstract Set<String> languages();

  /** Returns whether it offers interpretation for any language (the {@code *} of the file). */
  @Value.Default
  public boolean interpretation() {
    return false;
  }

  /** Returns when it runs. */
  public abstract Set<Availability> schedule();

  /** Returns the schools it serves; see {@link #allSchools()}. */
  public abstract Set<String> schools();

  /** Returns whether it serves every school (the {@code *} of the file). */
  @Value.Default
  public boolean allSchools() {
    return false;
  }

  /**
   * Returns the seats it has for the period; empty when it has no seat limit (a referral service,
   * such as a food pantry or a hotline, that takes everyone it fits).
   */
  public abstract OptionalInt capacity();

  /** Returns whether it has no seat limit; see {@link #capacity()}. */
  public boolean unlimited() {
    return capacity().isEmpty();
  }

  /** Returns its ESSA evidence level, 1 (strong) to 4 (rationale), or {@code null}. */
  public abstract @Nullable Integer evidenceLevel();

  /** Returns whether it serves {@code grade}. */
  public boolean servesGrade(Grade grade) {
    return grade.compareTo(minGrade()) >= 0 && grade.compareTo(maxGrade()) <= 0;
  }

  /** Returns whether it serves {@code school}. */
  public boolean servesSchool(String school) {
    return allSchools() || schools().contains(school);
  }

  /** Returns whether a family speaking {@code language} (unknown when null) can take part. */
  public boolean speaks(@Nullable String language) {
    return language == null || interpretation() || languages().contains(language);
  }

  /** Returns whether it runs in a window the family has (any window when none is known). */
  public boolean fitsAvailability(Set<Availability> availability) {
    return availability.isEmpty() || availability.stream().anyMatch(schedule()::contains);
  }

  @Value.Check
  void check() {
    if (capacity().orElse(0) < 0) {
      throw new IllegalStateException("service " + id() + ": capacity must not be negative");
    }
    if (minGrade().compareTo(maxGrade()) > 0) {
      throw new IllegalStateException("service " + id() + ": min grade " + minGrade().label()
          + " is above max grade " + maxGrade().label());
    }
    Integer evidence = evidenceLevel();
    if (evidence != null && (evidence < 1 || evidence > 4)) {
      throw new IllegalStateException("service " + id() + ": evidence level must be 1 to 4");
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Service} values; see {@link #builder()}. */
  public static final class Builder extends ImmutableService.Builder {}
}
