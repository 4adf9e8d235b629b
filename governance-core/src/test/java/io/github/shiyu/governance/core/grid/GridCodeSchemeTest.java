package io.github.shiyu.governance.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import org.junit.jupiter.api.Test;

class GridCodeSchemeTest {

  private static final GridCodeScheme SANITATION = GridCodeScheme.professional("010100");

  @Test
  void theProfessionalFormPutsTheManagedObjectFirst() {
    GridCode grid = SANITATION.parse("01010011010100100107");
    assertThat(grid).isEqualTo(GridCode.of(DivisionCode.parse("110101001001"), 7));
    assertThat(grid.value()).isEqualTo("110101001001007");
    assertThat(SANITATION.format(grid)).isEqualTo("01010011010100100107");
    assertThat(SANITATION.name()).isEqualTo("cjt349:010100");
    assertThat(SANITATION.length()).isEqualTo(20);
    assertThat(SANITATION).isEqualTo(GridCodeScheme.professional("010100"))
        .isNotEqualTo(GridCodeScheme.professional("010000"));
    // merged communities are numbered from 601
    assertThat(SANITATION.parse("01010011010100160101").community().value())
        .isEqualTo("110101001601");
  }

  @Test
  void theStandardFormIsTheCanonicalOne() {
    GridCodeScheme standard = GridCodeScheme.standard();
    GridCode grid = standard.parse("110101001001007");
    assertThat(standard.format(grid)).isEqualTo(grid.value());
    assertThat(standard.length()).isEqualTo(15);
    assertThat(standard.name()).isEqualTo("standard");
    assertThat(standard.accepts("110101001001007")).isTrue();
    assertThat(standard.accepts("01010011010100100107")).isFalse();
  }

  @Test
  void professionalErrors() {
    assertThatThrownBy(() -> SANITATION.parse("02010011010100100107"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("grid.managed_object: managed-object code must be 010100, got 020100");
    assertThatThrownBy(() -> SANITATION.parse("0101001101010010010"))
        .hasMessage("grid.length: expected 20 digits for a CJ/T 349 grid code, got 19");
    assertThatThrownBy(() -> SANITATION.parse("01010011010100100100"))
        .hasMessage("grid.sequence: grid sequence number must be 1 to 99, got 0");
    assertThatThrownBy(() -> SANITATION.format(GridCode.of(DivisionCode.parse("110101001001"),
        100))).hasMessage("grid.sequence: grid sequence number must be 1 to 99, got 100");
    assertThatThrownBy(() -> GridCodeScheme.professional("01010"))
        .hasMessage("grid.managed_object: managed-object code must be 6 digits, got 01010");
    assertThat(SANITATION.accepts("01010011010100100107")).isTrue();
    assertThat(SANITATION.accepts("110101001001007")).isFalse();
  }

  @Test
  void everyFormRoundTrips() {
    qt().withExamples(500).forAll(Communities.villages(), integers().between(1, 99))
        .check((community, sequence) -> {
          GridCode grid = GridCode.of(community, sequence);
          String text = SANITATION.format(grid);
          return text.length() == 20 && text.startsWith("010100")
              && SANITATION.parse(text).equals(grid)
              && GridCodeScheme.standard().parse(GridCodeScheme.standard().format(grid))
                  .equals(grid);
        });
  }

  @Test
  void invalidTextGivesInvalidValueExceptionOnly() {
    qt().withExamples(1000).forAll(strings().numericBetween(0, Integer.MAX_VALUE),
        strings().allPossible().ofLengthBetween(0, 21))
        .check((digits, any) -> cleanly("010100" + digits + digits) && cleanly(any));
  }

  private static boolean cleanly(String text) {
    try {
      return SANITATION.format(SANITATION.parse(text)).equals(text);
    } catch (InvalidValueException e) {
      return e.code().id().startsWith("grid.") || e.code().id().startsWith("division.");
    }
  }
}
