package io.github.mtss.batch.internal;

import io.github.mtss.core.ContextFlag;
import io.github.mtss.core.Domain;
import io.github.mtss.core.Level;
import io.github.mtss.core.Tier;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.TierPlacement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sort record of the CSV sink: what it keeps of one student between deciding and writing: the output rows already
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
 * @param tiersRow the student's row of tiers.csv, in UTF-8
 * @param familyRow the student's row of family.csv, in UTF-8
 * @param historyRow the row this screen adds to tier_history.csv in UTF-8, empty when none
 */
record StudentRecord(String studentId, long line, String schoolId, Tier tier, byte[] levels,
    int flags, String[] demographics, byte[] tiersRow, byte[] familyRow, byte[] historyRow) {

  /** Student id, then line: a total order, whatever the threads did. */
  static final Comparator<StudentRecord> ORDER = Comparator
      .comparing(StudentRecord::studentId).thenComparingLong(StudentRecord::line);

  /** Keeps what the outputs need of a decision and its placement. */
  static StudentRecord of(long line, TierDecision decision, TierPlacement placement,
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
    return new StudentRecord(decision.studentId(), line, decision.schoolId(),
        placement.tier(), levels, flags, demographics,
        utf8(ScreeningOutputs.tiersRow(decision, placement)),
        utf8(ScreeningOutputs.familyRow(decision)), utf8(historyRow));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the level of a domain, or null when it was not evaluated. */
  @Nullable Level level(Domain domain) {
    byte ordinal = levels[domain.ordinal()];
    return ordinal < 0 ? null : Level.values()[ordinal];
  }

  /** Returns whether a context flag was raised. */
  boolean raised(ContextFlag flag) {
    return (flags & 1 << flag.ordinal()) != 0;
  }

  /** Writes and reads screened students in the runs of an {@link ExternalSort}. */
  static final ExternalSort.Codec<StudentRecord> CODEC =
      new ExternalSort.Codec<StudentRecord>() {
        @Override
        public void write(ExternalSort.RunWriter out, StudentRecord s) throws IOException {
          out.writeString(s.studentId);
          out.writeLong(s.line);
          out.writeString(s.schoolId);
          out.writeByte(s.tier.ordinal());
          out.writeBytes(s.levels);
          out.writeInt(s.flags);
          out.writeInt(s.demographics.length);
          for (String value : s.demographics) {
            out.writeString(value);
          }
          out.writeBytes(s.tiersRow);
          out.writeBytes(s.familyRow);
          out.writeBytes(s.historyRow);
        }

        @Override
        public StudentRecord read(ExternalSort.RunReader in) throws IOException {
          String studentId = in.readString();
          long line = in.readLong();
          String schoolId = in.readString();
          Tier tier = Tier.values()[in.readByte()];
          byte[] levels = in.readBytes();
          int flags = in.readInt();
          String[] demographics = new String[in.readInt()];
          for (int i = 0; i < demographics.length; i++) {
            demographics[i] = in.readString();
          }
          return new StudentRecord(studentId, line, schoolId, tier, levels, flags,
              demographics, in.readBytes(), in.readBytes(), in.readBytes());
        }
      };
}
