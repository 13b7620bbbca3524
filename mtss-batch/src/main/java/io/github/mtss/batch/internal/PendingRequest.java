package io.github.mtss.batch.internal;

import io.github.mtss.core.Level;
import io.github.mtss.core.Need;
import io.github.mtss.core.Tier;
import io.github.mtss.core.UnmetCause;
import io.github.mtss.core.allocation.SeatRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A seat request waiting for the allocation, with what its recommendation says: kept on disk in
 * student-id order (then need, then line) while only the sizes of the request groups stay in
 * memory.
 *
 * @param seat the request
 * @param line the line of the student's row, to drop the requests of a repeated row
 * @param tier the student's screened tier
 * @param level the severity of the indicator behind the need
 */
record PendingRequest(SeatRequest seat, long line, Tier tier, Level level) {

  /** Student id, need, then line: the order of recommendations.csv and unmet.csv. */
  static final Comparator<PendingRequest> ORDER = Comparator
      .comparing((PendingRequest r) -> r.seat().studentId())
      .thenComparing(r -> r.seat().need())
      .thenComparingLong(PendingRequest::line);

  /** Writes and reads pending requests in the runs of an {@link ExternalSort}. */
  static final ExternalSort.Codec<PendingRequest> CODEC =
      new ExternalSort.Codec<PendingRequest>() {
        @Override
        public void write(ExternalSort.RunWriter out, PendingRequest r) throws IOException {
          out.writeString(r.seat.studentId());
          out.writeByte(r.seat.need().ordinal());
          out.writeLong(r.line);
          out.writeLong(r.seat.priority());
          out.writeInt(r.seat.eligibleServices().size());
          for (String service : r.seat.eligibleServices()) {
            out.writeString(service);
          }
          out.writeByte(r.seat.ineligibleCause().ordinal());
          out.writeByte(r.tier.ordinal());
          out.writeByte(r.level.ordinal());
        }

        @Override
        public PendingRequest read(ExternalSort.RunReader in) throws IOException {
          SeatRequest.Builder seat = SeatRequest.builder()
              .studentId(in.readString())
              .need(Need.values()[in.readByte()]);
          long line = in.readLong();
          seat.priority(in.readLong());
          List<String> services = new ArrayList<>();
          for (int i = in.readInt(); i > 0; i--) {
            services.add(in.readString());
          }
          seat.eligibleServices(services).ineligibleCause(UnmetCause.values()[in.readByte()]);
          return new PendingRequest(seat.build(), line, Tier.values()[in.readByte()],
              Level.values()[in.readByte()]);
        }
      };
}
