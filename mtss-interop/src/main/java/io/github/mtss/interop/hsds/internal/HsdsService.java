package io.github.mtss.interop.hsds.internal;

import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One HSDS service as either format gives it, with only the fields the import uses: what the
 * tabular package spreads over several tables and the API nests in one document.
 *
 * @param id the service's id
 * @param name its name, null when absent
 * @param status its status ({@code active}, {@code inactive}, ...), null when absent
 * @param organization the organization that offers it
 * @param minimumAge the youngest age it serves, null when not given
 * @param maximumAge the oldest age it serves, null when not given
 * @param terms its taxonomy terms, in the order of its attributes
 * @param languages the language codes it is offered in, as written
 * @param schedules its opening times
 * @param locations the places it is offered at
 * @param capacities its HSDS 3.1 capacity figures
 * @param source where the service is written, for rejects
 */
public record HsdsService(String id, @Nullable String name, @Nullable String status,
    Organization organization, @Nullable Double minimumAge, @Nullable Double maximumAge,
    List<Term> terms, List<String> languages, List<Schedule> schedules, List<Location> locations,
    List<Capacity> capacities, Source source) {

  /**
   * The organization offering a service.
   *
   * @param id its id
   * @param name its name, null when absent
   * @param terms its taxonomy terms, in the order of its attributes
   */
  public record Organization(String id, @Nullable String name, List<Term> terms) {}

  /**
   * A taxonomy term.
   *
   * @param code its code, null when absent
   * @param name its name, null when absent
   */
  public record Term(@Nullable String code, @Nullable String name) {
    /** Returns the term as shown in messages: its name, with its code when it has one. */
    public String label() {
      if (name == null) {
        return code == null ? "(a term with neither name nor code)" : code;
      }
      return code == null || code.equals(name) ? name : name + " (" + code + ")";
    }
  }

  /**
   * One schedule row (an RFC 5545 recurrence as HSDS 3 writes it).
   *
   * @param freq {@code WEEKLY}, {@code DAILY}, ..., null when absent
   * @param byDay the days, e.g. {@code MO,TU} or {@code 1SA}, null when absent
   * @param opensAt the opening time, null when absent
   * @param closesAt the closing time, null when absent
   */
  public record Schedule(@Nullable String freq, @Nullable String byDay,
      @Nullable LocalTime opensAt, @Nullable LocalTime closesAt) {}

  /**
   * A place a service is offered at.
   *
   * @param type {@code physical}, {@code postal} or {@code virtual}, null when absent
   * @param latitude its latitude, null when absent
   * @param longitude its longitude, null when absent
   */
  public record Location(@Nullable String type, @Nullable Double latitude,
      @Nullable Double longitude) {}

  /**
   * One HSDS 3.1 {@code service_capacity} figure.
   *
   * @param available the places available now, null when absent
   * @param maximum the most places there can be, null when absent
   * @param unit the unit's name, null when absent
   */
  public record Capacity(@Nullable Double available, @Nullable Double maximum,
      @Nullable String unit) {}

  /**
   * Where a record is written.
   *
   * @param file the file
   * @param line the 1-based line where the record starts
   */
  public record Source(String file, long line) {}
}
