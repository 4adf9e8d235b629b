package io.github.shiyu.governance.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import org.junit.jupiter.api.Test;

class GridCodeTest {

  private static final DivisionCode COMMUNITY = DivisionCode.parse("110101001001");

  @Test
  void communityCodePlusThreeDigitSequence() {
    GridCode grid = GridCode.of(COMMUNITY, 3);
    assertThat(grid.value()).isEqualTo("110101001001003");
    assertThat(grid).hasToString("110101001001003");
    assertThat(GridCode.parse("110101001001003")).isEqualTo(grid);
    assertThat(grid.community()).isEqualTo(COMMUNITY);
    assertThat(grid.sequence()).isEqualTo(3);
    assertThat(GridCode.of(COMMUNITY, 999).value()).isEqualTo("110101001001999");
  }

  @Test
  void beijingUnitGridCodesParse() {
    // DB11/T 2157: 6 district + 3 street + 3 community + 3 grid
    GridCode grid = GridCode.parse("110105004021012");
    assertThat(grid.community().ancestorAt(DivisionLevel.COUNTY))
        .isEqualTo(DivisionCode.parse("110105"));
    assertThat(grid.community().part(DivisionLevel.TOWNSHIP)).isEqualTo(4);
    assertThat(grid.community().part(DivisionLevel.VILLAGE)).isEqualTo(21);
    assertThat(grid.sequence()).isEqualTo(12);
  }

  @Test
  void errorsSayWhatAndWhere() {
    assertThatThrownBy(() -> GridCode.parse("11010100100100"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("grid.length: expected 15 digits for a 15-digit grid code, got 14");
    assertThatThrownBy(() -> GridCode.parse("1101010010010x3"))
        .hasMessage("grid.character: expected a digit at position 14, got 'x'");
    assertThatThrownBy(() -> GridCode.parse("110101001001000"))
        .hasMessage("grid.sequence: grid sequence number must be 1 to 999, got 0");
    assertThatThrownBy(() -> GridCode.parse("110101001000001"))
        .hasMessage("grid.community: a grid lies in one village or community, but"
            + " 110101001000 is at level TOWNSHIP");
    assertThatThrownBy(() -> GridCode.of(COMMUNITY, 1000))
        .hasMessage("grid.sequence: grid sequence number must be 1 to 999, got 1000");
    assertThatThrownBy(() -> GridCode.parse("000101001001001"))
        .hasMessageStartingWith("division.province:");
  }

  @Test
  void orderingByCommunityThenSequence() {
    assertThat(GridCode.of(COMMUNITY, 2)).isLessThan(GridCode.of(COMMUNITY, 10));
    assertThat(GridCode.of(COMMUNITY, 999))
        .isLessThan(GridCode.of(DivisionCode.parse("110101001002"), 1));
  }

  @Test
  void parseOfValueGivesTheSameCode() {
    qt().withExamples(500).forAll(Communities.villages(), integers().between(1, 999))
        .check((community, sequence) -> {
          GridCode grid = GridCode.of(community, sequence);
          GridCode back = GridCode.parse(grid.value());
          return back.equals(grid) && back.hashCode() == grid.hashCode()
              && back.community().equals(community) && back.sequence() == sequence
              && grid.value().length() == 15;
        });
  }

  @Test
  void invalidTextGivesInvalidValueExceptionOnly() {
    qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 17))
        .check(GridCodeTest::failsCleanlyOrParses);
    qt().withExamples(1000)
        .forAll(integers().between(0, 99_999), integers().between(0, 99_999),
            integers().between(0, 99_999))
        .check((a, b, c) -> failsCleanlyOrParses(String.format("%05d%05d%05d", a, b, c)));
  }

  private static boolean failsCleanlyOrParses(String text) {
    try {
      return GridCode.parse(text).value().equals(text);
    } catch (InvalidValueException e) {
      return e.code().id().startsWith("grid.") || e.code().id().startsWith("division.");
    }
  }
}
