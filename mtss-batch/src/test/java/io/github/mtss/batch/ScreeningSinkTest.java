package io.github.mtss.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mtss.core.Student;
import io.github.mtss.rules.MtssEngine;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An embedder's own sink gets every row of the source, screened or rejected, whatever the
 * threads and limits, and the same decisions whatever the limits.
 */
class ScreeningSinkTest {
  private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
  private static MtssEngine engine;

  @BeforeAll
  static void engine() {
    engine = MtssEngine.builder().build();
  }

  /** Keeps everything it is handed, from any thread. */
  private static final class Collecting implements ScreeningSink<Collecting> {
    final List<ScreenedStudent> students = Collections.synchronizedList(new ArrayList<>());
    final List<RejectedRow> rejects = new ArrayList<>();
    long rowsRead = -1;
    boolean closed;

    @Override
    public void screened(List<ScreenedStudent> chunk) {
      students.addAll(chunk);
    }

    @Override
    public Collecting finish(long rows) {
      rowsRead = rows;
      return this;
    }

    @Override
    public void rejected(RejectedRow problem) {
      rejects.add(problem);
    }

    @Override
    public void close() {
      closed = true;
    }

    /** Each screened student as line, id, tier, placement and whether history grows. */
    List<String> decisions() {
      return students.stream().sorted(Comparator.comparingLong(ScreenedStudent::line))
          .map(s -> s.line() + " " + s.decision().studentId() + " " + s.decision().tier()
              + " " + s.decision().reasons() + " " + s.placement().tier() + " "
              + (s.historyEntry() != null))
          .toList();
    }
  }

  @Test
  void everyRowReachesTheSinkExactlyOnceAsAStudentOrAReject() throws Exception {
    Collecting sink = screen(new Limits(7, 11), 3);

    List<Long> lines = new ArrayList<>();
    sink.students.forEach(s -> lines.add(s.line()));
    sink.rejects.forEach(r -> lines.add(r.line()));
    assertThat(sink.rowsRead).isEqualTo(402);
    assertThat(lines).containsExactlyInAnyOrderElementsOf(
        LongStream.rangeClosed(2, 403).boxed().toList());
    assertThat(sink.rejects).extracting(RejectedRow::studentId).containsExactly("bad-1");
    assertThat(sink.students).filteredOn(s -> s.line() == 402).singleElement()
        .satisfies(s -> assertThat(s.student().studentId()).isEqualTo("D0001"));
    assertThat(sink.closed).isTrue();
  }

  @Test
  void limitsAndThreadsChangeNothingTheSinkReceives() throws Exception {
    List<String> defaults = screen(Limits.DEFAULTS, 1).decisions();

    assertThat(screen(new Limits(1, 1), 2).decisions()).isEqualTo(defaults);
    assertThat(screen(new Limits(5, 3), 4).decisions()).isEqualTo(defaults);
  }

  @Test
  void studentsInMemoryAreScreenedWithTheirPositionAsLine() throws Exception {
    List<Student> students = StudentCsv.read("students.csv", TestDistrict.demo("students.csv")).rows()
        .stream().map(CsvInput.Row::value).limit(5).toList();
    Collecting sink = BatchScreen.builder(engine).threads(2).build()
        .screen(StudentSource.of("list", students), new Collecting());

    assertThat(sink.students).extracting(ScreenedStudent::line)
        .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    assertThat(sink.rowsRead).isEqualTo(5);
  }

  @Test
  void progressCountsEveryScreenedStudentAndEnds() throws Exception {
    List<Long> counts = Collections.synchronizedList(new ArrayList<>());
    List<String> done = new ArrayList<>();
    BatchScreen.builder(engine).threads(2).limits(new Limits(50, 100))
        .progress(new ProgressListener() {
          @Override
          public void screened(long students) {
            counts.add(students);
          }

          @Override
          public void screeningDone() {
            done.add("done");
          }
        }).build().screen(source(), new Collecting());

    assertThat(counts).hasSize(9).contains(401L).allMatch(count -> count <= 401);
    assertThat(done).containsExactly("done");
  }

  private static Collecting screen(Limits limits, int threads)
      throws IOException, InputFileException {
    return BatchScreen.builder(engine).records(TierRecords.none(DAY)).threads(threads)
        .limits(limits).build().screen(source(), new Collecting());
  }

  private static StudentSource source() throws IOException {
    return StudentSource.csv("students.csv", TestDistrict.studentsWithRepeatAndBrokenRow());
  }
}
