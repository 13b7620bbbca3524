package io.github.mtss.interop.hsds.internal;

import io.github.mtss.batch.CsvInput;
import io.github.mtss.batch.CsvRow;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.core.Problem;
import io.github.mtss.interop.hsds.internal.HsdsService.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The district's schools and where they are ({@code school_id, latitude, longitude}), to find
 * the schools near a service's locations by great-circle distance.
 */
public final class Schools {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * A school and its place.
   *
   * @param id the school id
   * @param latitude its latitude in degrees
   * @param longitude its longitude in degrees
   */
  public record School(String id, double latitude, double longitude) {}

  /**
   * The school nearest to a service and how far it is.
   *
   * @param school the school
   * @param km the distance in km
   */
  public record Nearest(School school, double km) {}

  private final List<School> schools;

  private Schools(List<School> schools) {
    this.schools = schools;
  }

  /**
   * Reads a schools file; a row without a valid position is rejected into {@code rejects}.
   *
   * @throws InputFileException when the file as a whole cannot be used
   */
  public static Schools read(Path path, List<RejectedRow> rejects) throws InputFileException {
    try (InputStream in = Files.newInputStream(path)) {
      CsvInput.Result<School> read = new CsvInput<>(path.toString(), "school_id",
          List.of("school_id", "latitude", "longitude"), Schools::school).read(in);
      rejects.addAll(read.rejects());
      return new Schools(read.rows().stream().map(CsvInput.Row::value).toList());
    } catch (IOException e) {
      throw new InputFileException(path + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static @Nullable School school(CsvRow row) {
    String id = row.required("school_id");
    Double latitude = coordinate(row, "latitude", 90);
    Double longitude = coordinate(row, "longitude", 180);
    return latitude == null || longitude == null ? null : new School(id, latitude, longitude);
  }

  private static @Nullable Double coordinate(CsvRow row, String column, double limit) {
    Double value = row.number(column);
    if (value == null) {
      row.required(column);
    } else if (Math.abs(value) > limit) {
      row.addProblem(Problem.of(column, value.toString(), "must be from -" + (int) limit
          + " to " + (int) limit + " degrees"));
    }
    return value;
  }

  /** Returns the ids of the schools within {@code km} of one of the places, sorted. */
  public TreeSet<String> within(List<Location> places, double km) {
    TreeSet<String> near = new TreeSet<>();
    for (Location place : places) {
      for (School school : schools) {
        if (distance(place, school) <= km) {
          near.add(school.id());
        }
      }
    }
    return near;
  }

  /** Returns the school nearest to one of the places, if there is a school. */
  public Optional<Nearest> nearest(List<Location> places) {
    return places.stream().flatMap(place -> schools.stream()
            .map(school -> new Nearest(school, distance(place, school))))
        .min(Comparator.comparingDouble(Nearest::km));
  }

  /** Returns the great-circle (haversine) distance in km. */
  static double distance(Location place, School school) {
    double lat1 = Math.toRadians(place.latitude());
    double lat2 = Math.toRadians(school.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(school.longitude() - place.longitude());
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
