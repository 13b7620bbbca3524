package io.github.mtss.core;

/**
 * A grade level, kindergarten ({@link #K}) through grade 12.
 *
 * <p>In files a grade is written {@code K} or a number {@code 1..12}; {@link #number()} gives
 * kindergarten as 0 so grade bands compare numerically.
 */
public enum Grade {
  K, G1, G2, G3, G4, G5, G6, G7, G8, G9, G10, G11, G12;

  private static final Grade[] GRADES = values();

  /** Returns the grade as a number, kindergarten being 0. */
  public int number() {
    return ordinal();
  }

  /** Returns the grade as written in files: {@code K} or {@code 1..12}. */
  public String label() {
    return this == K ? "K" : Integer.toString(ordinal());
  }

  /** Returns whether this grade lies in the inclusive band {@code [low, high]} of grade numbers. */
  public boolean isBetween(int low, int high) {
    return number() >= low && number() <= high;
  }

  /**
   * Parses a grade as written in files: {@code K} (also {@code KG}, {@code 0}) or {@code 1..12},
   * ignoring case and surrounding blanks.
   *
   * @throws IllegalArgumentException naming the value when it is not a grade from K to 12
   */
  public static Grade parse(String text) {
    String value = text.strip();
    if (value.equalsIgnoreCase("K") || value.equalsIgnoreCase("KG")) {
      return K;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= 0 && number <= 12) {
        return GRADES[number];
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted values
    }
    throw new IllegalArgumentException("not a grade level (K, 1..12): '" + text + "'");
  }

  /** Returns the grade with the given number, kindergarten being 0. */
  public static Grade ofNumber(int number) {
    if (number < 0 || number > 12) {
      throw new IllegalArgumentException("not a grade number (0..12): " + number);
    }
    return GRADES[number];
  }
}
