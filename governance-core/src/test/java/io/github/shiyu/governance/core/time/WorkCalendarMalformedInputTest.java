package io.github.shiyu.governance.core.time;

import io.github.shiyu.governance.testkit.Mutations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken calendar files give a typed error naming the line, never another exception. */
class WorkCalendarMalformedInputTest {

  private static final long SEED = 20261201L;
  private static final int INPUTS = 12_000;

  @Test
  void mutatedCalendarsAreReadOrRefusedWithACalendarError() throws IOException {
    String file;
    try (InputStream in = WorkCalendarMalformedInputTest.class.getResourceAsStream(
        "/io/github/shiyu/governance/core/internal/time/china.calendar")) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> seeds = new ArrayList<>();
    seeds.add(file);
    List<String> lines = file.lines().toList();
    for (int from = 0; from < lines.size(); from += 20) {
      seeds.add(String.join("\n", lines.subList(from, Math.min(lines.size(), from + 20))));
    }
    Mutations mutations = new Mutations(SEED);
    for (int i = 0; i < INPUTS; i++) {
      String input = mutations.next(seeds);
      Throwable t = catchThrowable(() -> WorkCalendar.read(new StringReader(input), "fuzz"));
      if (t != null && !(t instanceof GovernanceException)) {
        fail("seed " + SEED + ", input " + i + ": " + t + "\n" + Mutations.shown(input), t);
      }
      if (t != null) {
        assertThat(((GovernanceException) t).code()).as("seed %d, input %d", SEED, i)
            .isEqualTo(TimeErrors.DATA_FORMAT);
        assertThat(Mutations.echoesPersonalData(t.getMessage()))
            .as("seed %d, input %d: %s", SEED, i, t.getMessage()).isFalse();
      }
    }
  }

  @Test
  void anEchoedIdNumberIsMasked() {
    Throwable t = catchThrowable(() -> WorkCalendar.read(
        new StringReader("notice 2026 x\nwork 11010519491231002X NAME\n"), "local.calendar"));
    assertThat(t).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("local.calendar line 2")
        .hasMessageContaining("110105********002X")
        .hasMessageNotContaining(Mutations.RESIDENT_ID);
  }
}
