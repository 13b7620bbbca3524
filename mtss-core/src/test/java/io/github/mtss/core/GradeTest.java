package io.github.mtss.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Grades as written in files. */
class GradeTest {
  @ParameterizedTest
  @CsvSource({"K, 0", "kg, 0", "0, 0", " 1 , 1", "12, 12"})
  void parsesKindergartenAndNumbers(String text, int number) {
    assertThat(Grade.parse(text).number()).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"13", "-1", "x", "", "1.5"})
  void refusesAnythingElseNamingTheValue(String text) {
    assertThatThrownBy(() -> Grade.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }
}
