package io.github.mtss.examples.screening;

import com.google.common.collect.ImmutableSortedSet;
import io.github.mtss.core.Level;
import io.github.mtss.core.Need;
import io.github.mtss.core.allocation.SeatPlan;
import io.github.mtss.core.allocation.SeatRequest;
import io.github.mtss.core.Tier;
import io.github.mtss.core.UnmetCause;
import io.github.mtss.examples.io.ExternalSort;
import java.io.IOException;
import java.util.Comparator;

/**
 * A seat request waiting for the allocation, with what its recommendation says: kept on disk in
 * student-id order (then need, then line) while only the sizes of the request groups stay in
 * memory.
 *
 * @param studentId the student
 * @param need the need
 * @param line the line of the student's row, to drop the requests of a repeated row
 * @param priority the request's priority
 * @param services the services the student fits for the need, sorted
 * @param ineligibleCause why no service fits, when none does
 * @param tier the student's screened tier
 * @param level the severity of the indicator behind the need
 */
record PendingRequest(String studentId, Need need, long line, long priority,
    ImmutableSortedSet<String> services, UnmetCause ineligibleCause, Tier tier, Level level) {

  /** Student id, need, then line: the order of recommendations.csv and unmet.csv. */
  static final Comparator<PendingRequest> ORDER = Comparator
      .comparing(PendingRequest::studentId).thenComparing(PendingRequest::need)
      .thenComparingLong(PendingRequest::line);

  /** Keeps a request of the student on {@code line}. */
  static PendingRequest of(SeatRequest seat, long line, Tier tier, Level level) {
    return new PendingRequest(seat.studentId(), seat.need(), line, seat.priority(),
        ImmutableSortedSet.copyOfSorted(seat.eligibleServices()), seat.ineligibleCause(), tier,
        level);
  }

  /** Returns whether some service fits. */
  boolean eligible() {
    return !services.isEmpty();
  }

  /** Returns the group the request competes in; only for an eligible request. */
  SeatPlan.Group group() {
    return new SeatPlan.Group(priority, services);
  }

  /** Returns the reason written with the seat it gets. */
  String reason() {
    return "tier " + tier.number() + ", " + level.id() + " indicator; " + services.size()
        + " fitting service(s)";
  }

  /** Writes and reads pending requests in the runs of an {@link ExternalSort}. */
  static final ExternalSort.Codec<PendingRequest> CODEC =
      new ExternalSort.Codec<PendingRequest>() {
        @Override
        public void write(ExternalSort.RunWriter out, PendingRequest r) throws IOException {
          out.writeString(r.studentId);
          out.writeByte(r.need.ordinal());
          out.writeLong(r.line);
          out.writeLong(r.priority);
          out.writeInt(r.services.size());
          for (String service : r.services) {
            out.writeString(service);
          }
          out.writeByte(r.ineligibleCause.ordinal());
          out.writeByte(r.tier.ordinal());
          out.writeByte(r.level.ordinal());
        }

        @Override
        public PendingRequest read(ExternalSort.RunReader in) throws IOException {
          String studentId = in.readString();
          Need need = Need.values()[in.readByte()];
          long line = in.readLong();
          long priority = in.readLong();
          ImmutableSortedSet.Builder<String> services = ImmutableSortedSet.naturalOrder();
          for (int i = in.readInt(); i > 0; i--) {
            services.add(in.readString());
          }
          return new PendingRequest(studentId, need, line, priority, services.build(),
              UnmetCause.values()[in.readByte()], Tier.values()[in.readByte()],
              Level.values()[in.readByte()]);
        }
      };
}
