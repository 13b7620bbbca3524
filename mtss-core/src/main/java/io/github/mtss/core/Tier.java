package io.github.mtss.core;

/**
 * A support tier of the Multi-Tiered System of Supports: Tier 1 is universal (core instruction for
 * every student), Tier 2 targeted small-group support, Tier 3 intensive individual support. Tiers
 * are ordered by intensity.
 */
public enum Tier {
  TIER_1, TIER_2, TIER_3;

  /** Returns the tier number, 1 to 3, as written in files. */
  public int number() {
    return ordinal() + 1;
  }

  /** Returns the tier with the given number. */
  public static Tier of(int number) {
    if (number < 1 || number > 3) {
      throw new IllegalArgumentException("not a tier (1..3): " + number);
    }
    return values()[number - 1];
  }

  /** Returns the more intensive of two tiers. */
  public static Tier max(Tier a, Tier b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
