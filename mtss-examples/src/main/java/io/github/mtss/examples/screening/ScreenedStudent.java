package io.github.mtss.examples.screening;

import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierPlacement;
import io.github.mtss.examples.io.ExternalSort;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a screen keeps of one student between deciding and writing: the output rows already
 * formatted, and the few values the summary counts. It is small and sorts by student id, then
 * line, so a screen can spill it to disk and merge it back in order, finding repeated ids as
 * neighbours.
 *
 * @param studentId the student's id
 * @param line the line of the student's row in the students file
 * @param schoolId the student's school
 * @param tier the tier the student is placed in
 * @param levels per domain (by ordinal) the level's ordinal, or -1 when not evaluated
 * @param flags the context flags raised, one bit per flag ordinal
 * @param demographics the student's value in each equity column, empty when unknown
 * @param tiersRow the student's row of tiers.csv
 * @param familyRow the student's row of family.csv
 * @param historyRow the row this screen adds to tier_history.csv, empty when none
 */
record ScreenedStudent(String studentId, long line, String schoolId, Tier tier, byte[] levels,
    int flags, String[] demographics, String tiersRow, String familyRow, String historyRow) {

  /** Student id, then line: a total order, whatever the threads did. */
  static final Comparator<ScreenedStudent> ORDER = Comparator
      .comparing(ScreenedStudent::studentId).thenComparingLong(ScreenedStudent::line);

  /** Keeps what the outputs need of a decision and its placement. */
  static ScreenedStudent of(long line, TierDecision decision, TierPlacement placement,
      Map<String, String> attributes, List<String> equityColumns, String historyRow) {
    byte[] levels = new byte[Domain.values().length];
    for (Domain domain : Domain.values()) {
      levels[domain.ordinal()] = (byte) (decision.notEvaluated().contains(domain)
          ? -1 : decision.level(domain).ordinal());
    }
    int flags = 0;
    for (ContextFlag flag : decision.flags()) {
      flags |= 1 << flag.ordinal();
    }
    String[] demographics = new String[equityColumns.size()];
    for (int i = 0; i < demographics.length; i++) {
      String value = attributes.get(equityColumns.get(i));
      demographics[i] = value == null ? "" : value.strip();
    }
    return new ScreenedStudent(decision.studentId(), line, decision.schoolId(),
        placement.tier(), levels, flags, demographics,
        ScreeningOutputs.tiersRow(decision, placement), ScreeningOutputs.familyRow(decision),
        historyRow);
  }

  /** Returns the level of a domain, or null when it was not evaluated. */
  Level level(Domain domain) {
    byte ordinal = levels[domain.ordinal()];
    return ordinal < 0 ? null : Level.values()[ordinal];
  }

  /** Returns whether a context flag was raised. */
  boolean raised(ContextFlag flag) {
    return (flags & 1 << flag.ordinal()) != 0;
  }

  /** Writes and reads screened students in the runs of an {@link ExternalSort}. */
  static final ExternalSort.Codec<ScreenedStudent> CODEC =
      new ExternalSort.Codec<ScreenedStudent>() {
        @Override
        public void write(DataOutput out, ScreenedStudent s) throws IOException {
          ExternalSort.writeString(out, s.studentId);
          out.writeLong(s.line);
          ExternalSort.writeString(out, s.schoolId);
          out.writeByte(s.tier.ordinal());
          out.writeByte(s.levels.length);
          out.write(s.levels);
          out.writeInt(s.flags);
          out.writeInt(s.demographics.length);
          for (String value : s.demographics) {
            ExternalSort.writeString(out, value);
          }
          ExternalSort.writeString(out, s.tiersRow);
          ExternalSort.writeString(out, s.familyRow);
          ExternalSort.writeString(out, s.historyRow);
        }

        @Override
        public ScreenedStudent read(DataInput in) throws IOException {
          String studentId = ExternalSort.readString(in);
          long line = in.readLong();
          String schoolId = ExternalSort.readString(in);
          Tier tier = Tier.values()[in.readByte()];
          byte[] levels = new byte[in.readByte()];
          in.readFully(levels);
          int flags = in.readInt();
          String[] demographics = new String[in.readInt()];
          for (int i = 0; i < demographics.length; i++) {
            demographics[i] = ExternalSort.readString(in);
          }
          return new ScreenedStudent(studentId, line, schoolId, tier, levels, flags,
              demographics, ExternalSort.readString(in), ExternalSort.readString(in),
              ExternalSort.readString(in));
        }
      };
}
