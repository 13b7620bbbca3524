package io.github.mtss.batch;

import io.github.mtss.core.Student;

/** A {@link StudentSource} made of a name and a way to stream. */
final class NamedSource implements StudentSource {
  /** The streaming half of a source. */
  @FunctionalInterface
  interface Streamer {
    long stream(CsvInput.Sink<Student> sink) throws InputFileException;
  }

  private final String name;
  private final Streamer streamer;

  NamedSource(String name, Streamer streamer) {
    this.name = name;
    this.streamer = streamer;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long stream(CsvInput.Sink<Student> sink) throws InputFileException {
    return streamer.stream(sink);
  }
}
