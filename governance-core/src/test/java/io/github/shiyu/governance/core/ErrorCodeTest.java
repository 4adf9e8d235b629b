package io.github.shiyu.governance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

  private static final ErrorCode LENGTH = ErrorCode.of("division.length",
      "expected 6 or 12 digits, got {0}", "应为6位或12位数字，实际为{0}位");

  @Test
  void messagesFillPlaceholdersInBothLanguages() {
    var e = new InvalidValueException(LENGTH, 5);
    assertThat(e.getMessage()).isEqualTo("division.length: expected 6 or 12 digits, got 5");
    assertThat(e.localizedMessage(Locale.CHINA)).isEqualTo("应为6位或12位数字，实际为5位");
    assertThat(e.localizedMessage(Locale.ENGLISH)).isEqualTo("expected 6 or 12 digits, got 5");
    assertThat(e.code()).isEqualTo(LENGTH);
    assertThat(e.arguments()).containsExactly("5");
  }

  @Test
  void unknownPlaceholdersAndBracesStayAsWritten() {
    var code = ErrorCode.of("test.braces", "{0} {1} {x} {}", "{0}");
    assertThat(code.format(Locale.ROOT, "a")).isEqualTo("a {1} {x} {}");
  }

  @Test
  void idsAreDotSeparatedLowerCaseWords() {
    // One exception rule even at the root: a malformed id is an InvalidValueException.
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ErrorCode.of("Bad", "x", "x"))
        .withMessageContaining("'Bad'")
        .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ID));
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ErrorCode.of("nodot", "x", "x"))
        .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ID));
  }

  @Test
  void testsRunInsideTheNamedModule() {
    assertThat(ErrorCode.class.getModule().getName()).isEqualTo("io.github.shiyu.governance.core");
  }
}
