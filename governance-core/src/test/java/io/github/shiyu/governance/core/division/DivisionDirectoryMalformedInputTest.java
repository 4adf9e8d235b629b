package io.github.shiyu.governance.core.division;

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

/** Broken code tables give a typed error naming the line, never another exception. */
class DivisionDirectoryMalformedInputTest {

  private static final long SEED = 20261202L;
  private static final int INPUTS = 12_000;

  @Test
  void mutatedTablesAreReadOrRefusedWithADivisionError() throws IOException {
    List<String> lines;
    try (InputStream in = DivisionDirectoryMalformedInputTest.class.getResourceAsStream(
        "nbs-2023.csv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    // Slices of the shipped table: with its comments and header, without a header, quoted.
    List<String> seeds = new ArrayList<>();
    seeds.add(String.join("\n", lines.subList(0, 40)));
    for (int from = 3; from + 30 < lines.size(); from += 700) {
      seeds.add(String.join("\n", lines.subList(from, from + 30)));
      seeds.add("name,level,code\n" + String.join("\n", lines.subList(from, from + 30).stream()
          .map(l -> l.split(",")).map(f -> "\"" + f[1] + "\"," + f[2] + "," + f[0]).toList()));
    }
    Mutations mutations = new Mutations(SEED);
    for (int i = 0; i < INPUTS; i++) {
      String input = mutations.next(seeds);
      Throwable t = catchThrowable(() -> DivisionDirectory.read(new StringReader(input), "fuzz"));
      if (t != null && !(t instanceof GovernanceException)) {
        fail("seed " + SEED + ", input " + i + ": " + t + "\n" + Mutations.shown(input), t);
      }
      if (t != null) {
        assertThat(((GovernanceException) t).code()).as("seed %d, input %d", SEED, i)
            .isEqualTo(DivisionErrors.CSV_ROW);
        assertThat(Mutations.echoesPersonalData(t.getMessage()))
            .as("seed %d, input %d: %s", SEED, i, t.getMessage()).isFalse();
      }
    }
  }

  @Test
  void aBrokenRowNamesItsLineAndMasksAnEchoedIdNumber() {
    Throwable t = catchThrowable(() -> DivisionDirectory.read(new StringReader(
        "code,name,level\n110000000000,北京市,PROVINCE\n110100000000,市辖区,11010519491231002X\n"),
        "vendor-2026"));
    assertThat(t).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("line 3 of code table vendor-2026")
        .hasMessageContaining("110105********002X")
        .hasMessageNotContaining(Mutations.RESIDENT_ID);
    assertThat(catchThrowable(() -> DivisionDirectory.read(new StringReader(
        "code,name\n110000000000,\"北京市\n"), "vendor-2026")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("line 2");
  }
}
