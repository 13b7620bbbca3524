package io.github.mtss.spark.internal;

import io.github.mtss.batch.BatchScreen;
import io.github.mtss.batch.InputFileException;
import io.github.mtss.batch.RejectedRow;
import io.github.mtss.batch.ScreenedStudent;
import io.github.mtss.batch.ScreeningRows;
import io.github.mtss.batch.ScreeningSink;
import io.github.mtss.batch.StudentSource;
import io.github.mtss.core.TierDecision;
import io.github.mtss.core.allocation.SeatRequest;
import io.github.mtss.core.allocation.SeatRequests;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * Screens one partition of the students file's lines on an executor: the lines, numbered in the
 * whole file, are read behind the file's header by the batch module's own reader and screened by
 * {@link BatchScreen} with this JVM's engine, so each row is parsed, validated, screened and
 * placed exactly as {@code mtss screen} does it; a problem keeps its line in the whole file.
 */
public final class ScreenPartition
    implements FlatMapFunction<Iterator<Tuple2<String, Long>>, Row> {
  private static final long serialVersionUID = 1L;
  private final Broadcast<EngineInputs> inputs;
  private final String fileName;
  private final String header;

  /**
   * @param inputs what the engine is built from
   * @param fileName the students file's name as rejects show it
   * @param header the file's first line
   */
  public ScreenPartition(Broadcast<EngineInputs> inputs, String fileName, String header) {
    this.inputs = inputs;
    this.fileName = fileName;
    this.header = header;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<String, Long>> lines)
      throws IOException, InputFileException {
    if (!lines.hasNext()) {
      return List.<Row>of().iterator();
    }
    Tuple2<String, Long> first = lines.next();
    long firstIndex = first._2();
    Iterator<String> data = first._2() == 0 ? texts(lines) : prepend(first._1(), texts(lines));
    if (first._2() == 0) {
      firstIndex = 1;
    }
    MtssEngine engine = Engines.get(inputs.value());
    Rows rows = new Rows(engine, firstIndex - 1);
    BatchScreen.builder(engine).threads(1).build()
        .screen(StudentSource.csv(fileName, stream(prepend(header, data))), rows);
    return rows.rows.iterator();
  }

  /** Returns the Scala sequence a row's array column holds. */
  private static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
  }

  private static Iterator<String> texts(Iterator<Tuple2<String, Long>> lines) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public String next() {
        return lines.next()._1();
      }
    };
  }

  private static Iterator<String> prepend(String line, Iterator<String> rest) {
    return new Iterator<>() {
      private boolean given;

      @Override
      public boolean hasNext() {
        return !given || rest.hasNext();
      }

      @Override
      public String next() {
        if (!given) {
          given = true;
          return line;
        }
        return rest.next();
      }
    };
  }

  /** Returns the lines as one stream, each ended by a line break, read as it is consumed. */
  private static InputStream stream(Iterator<String> lines) {
    return new SequenceInputStream(new Enumeration<InputStream>() {
      @Override
      public boolean hasMoreElements() {
        return lines.hasNext();
      }

      @Override
      public InputStream nextElement() {
        return new java.io.ByteArrayInputStream(
            (lines.next() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  /**
   * Receives the partition's screened students and rejected rows as output rows, each line
   * moved from the partition's stream to the whole file by {@code offset}.
   */
  private static final class Rows implements ScreeningSink<Void> {
    private final MtssEngine engine;
    private final long offset;
    private final List<Row> rows = new ArrayList<>();
    private int seq;

    Rows(MtssEngine engine, long offset) {
      this.engine = engine;
      this.offset = offset;
    }

    @Override
    public synchronized void screened(List<ScreenedStudent> chunk) {
      boolean matching = !engine.services().isEmpty();
      for (ScreenedStudent student : chunk) {
        TierDecision decision = student.decision();
        rows.add(RowFactory.create(student.line() + offset, seq++, decision.studentId(),
            decision.schoolId(), ScreeningRows.tiers(decision, student.placement()),
            ScreeningRows.family(decision), null,
            seq(matching ? requests(decision) : List.of())));
      }
    }

    private List<Row> requests(TierDecision decision) {
      List<Row> requests = new ArrayList<>();
      for (SeatRequest seat : SeatRequests.of(decision, engine.policy())) {
        requests.add(RowFactory.create(seat.studentId(), seat.need().ordinal(), seat.priority(),
            seq(List.copyOf(seat.eligibleServices())), seat.ineligibleCause().ordinal(),
            decision.tier().ordinal(), decision.needs().get(seat.need()).ordinal()));
      }
      return requests;
    }

    @Override
    public synchronized void rejected(RejectedRow problem) {
      RejectedRow inFile = new RejectedRow(problem.line() + offset, problem.studentId(),
          problem.column(), problem.problem(), problem.file(), problem.id(), problem.value());
      rows.add(RowFactory.create(inFile.line(), seq++, null, null, null, null,
          ScreeningRows.reject(inFile), null));
    }

    @Override
    public Void finish(long rowsRead) {
      return null;
    }
  }
}
