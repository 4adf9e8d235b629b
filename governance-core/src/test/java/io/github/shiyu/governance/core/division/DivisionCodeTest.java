package io.github.shiyu.governance.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  private static DivisionCode code(String text) {
    return DivisionCode.parse(text);
  }

  @Test
  void sixDigitsAreNormalisedToTwelve() {
    assertThat(code("429004").value()).isEqualTo("429004000000");
    assertThat(code("429004")).isEqualTo(code("429004000000"));
    assertThat(code("429004")).hasToString("429004000000");
    assertThat(code("429004000000").shortValue()).isEqualTo("429004");
  }

  @Test
  void levelComesFromTheLowestNonZeroPart() {
    assertThat(code("420000").level()).isEqualTo(DivisionLevel.PROVINCE);
    assertThat(code("429000").level()).isEqualTo(DivisionLevel.CITY);
    assertThat(code("429004").level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(code("110101001000").level()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(code("110101001001").level()).isEqualTo(DivisionLevel.VILLAGE);
  }

  @Test
  void structuralParentsTruncateAndPad() {
    assertThat(code("429004000000").parent()).contains(code("429000000000"));
    assertThat(code("110101001000").parent()).contains(code("110101000000"));
    assertThat(code("110101000000").parent()).contains(code("110100000000"));
    assertThat(code("110100000000").parent()).contains(code("110000000000"));
    assertThat(code("110000000000").parent()).isEmpty();
  }

  @Test
  void aTownshipOfDongguanHangsFromTheCity() {
    DivisionCode township = code("441900003000");
    assertThat(township.level()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(township.parent()).contains(code("441900000000"));
    assertThat(township.ancestorAt(DivisionLevel.COUNTY)).isEqualTo(code("441900000000"));
    assertThat(code("441900000000").isAncestorOf(township)).isTrue();
    assertThat(code("441900003001").parent()).contains(township);
  }

  @Test
  void developmentZoneCodesParse() {
    assertThat(code("130171").level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(code("130171").parent()).contains(code("130100"));
  }

  @Test
  void ancestorAtAndContainment() {
    DivisionCode village = code("130111200201");
    assertThat(village.ancestorAt(DivisionLevel.VILLAGE)).isSameAs(village);
    assertThat(village.ancestorAt(DivisionLevel.TOWNSHIP)).isEqualTo(code("130111200000"));
    assertThat(village.ancestorAt(DivisionLevel.PROVINCE)).isEqualTo(code("130000"));
    assertThat(code("130000").contains(village)).isTrue();
    assertThat(code("130000").contains(code("130000"))).isTrue();
    assertThat(code("130000").isAncestorOf(code("130000"))).isFalse();
    assertThat(code("140000").contains(village)).isFalse();
    assertThat(village.contains(code("130000"))).isFalse();
    assertThatThrownBy(() -> code("130111").ancestorAt(DivisionLevel.TOWNSHIP))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("division.level: 130111000000 is at level COUNTY;"
            + " it has no ancestor at the lower level TOWNSHIP");
  }

  @Test
  void townshipAndVillageKindsFollowTheNumberRanges() {
    assertThat(code("110101001000").townshipKind()).contains(TownshipKind.SUB_DISTRICT);
    assertThat(code("110101099000").townshipKind()).contains(TownshipKind.SUB_DISTRICT);
    assertThat(code("140121102000").townshipKind()).contains(TownshipKind.TOWN);
    assertThat(code("130111200000").townshipKind()).contains(TownshipKind.TOWNSHIP);
    assertThat(code("130111399000").townshipKind()).contains(TownshipKind.TOWNSHIP);
    assertThat(code("130111400000").townshipKind()).contains(TownshipKind.FARM_OR_SIMILAR);
    assertThat(code("130111599000").townshipKind()).contains(TownshipKind.FARM_OR_SIMILAR);
    assertThat(code("130111600000").townshipKind()).isEmpty();
    assertThat(code("130111").townshipKind()).isEmpty();
    assertThat(code("140121102001").villageKind()).contains(VillageKind.RESIDENTS_COMMITTEE);
    assertThat(code("140121102199").villageKind()).contains(VillageKind.RESIDENTS_COMMITTEE);
    assertThat(code("130111200201").villageKind()).contains(VillageKind.VILLAGE_COMMITTEE);
    assertThat(code("130111200399").villageKind()).contains(VillageKind.VILLAGE_COMMITTEE);
    assertThat(code("130111200400").villageKind()).isEmpty();
    assertThat(code("130111200000").villageKind()).isEmpty();
    assertThat(code("130111200201").part(DivisionLevel.TOWNSHIP)).isEqualTo(200);
  }

  @Test
  void errorsSayWhatAndWhere() {
    assertThatThrownBy(() -> code("42900"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("division.length: expected 6 or 12 digits, got 5")
        .satisfies(e -> assertThat(((InvalidValueException) e).code())
            .isSameAs(DivisionErrors.LENGTH))
        .satisfies(e -> assertThat(((InvalidValueException) e).localizedMessage(Locale.CHINA))
            .isEqualTo("应为6位或12位数字，实际为5位"));
    assertThatThrownBy(() -> code("4290a4"))
        .hasMessage("division.character: expected a digit at position 5, got 'a'");
    assertThatThrownBy(() -> code("42900４"))
        .hasMessage("division.character: expected a digit at position 6, got '４'");
    assertThatThrownBy(() -> code("009004"))
        .hasMessage("division.province: 00 is not a province code (digits 1-2 of 009004000000)");
    assertThatThrownBy(() -> code("110001"))
        .hasMessage("division.gap: 110001000000: the COUNTY digits are set but the CITY"
            + " digits are zero");
    assertThatThrownBy(() -> code("110101000001"))
        .hasMessage("division.gap: 110101000001: the VILLAGE digits are set but the TOWNSHIP"
            + " digits are zero");
    assertThat(DivisionCode.tryParse("42900")).isEmpty();
    assertThat(DivisionCode.tryParse("429004")).contains(code("429004"));
  }

  @Test
  void orderingPutsAncestorsFirst() {
    assertThat(code("420000")).isLessThan(code("429004"));
    assertThat(code("429004")).isLessThan(code("429004001000"));
  }

  @Test
  void parseOfValueGivesTheSameCode() {
    qt().withExamples(500).forAll(DivisionCodes.codes()).check(c ->
        DivisionCode.parse(c.value()).equals(c)
            && DivisionCode.parse(c.toString()).hashCode() == c.hashCode()
            && c.value().length() == 12);
  }

  @Test
  void shortFormsRoundTripAtCountyAndAbove() {
    qt().withExamples(300)
        .forAll(DivisionCodes.codes().map(c -> DivisionLevel.COUNTY.isAbove(c.level())
            ? c.ancestorAt(DivisionLevel.COUNTY) : c))
        .check(c -> DivisionCode.parse(c.shortValue()).equals(c)
            && c.shortValue().length() == 6);
  }

  @Test
  void parentIsAStrictAncestorOneLevelUp() {
    qt().withExamples(500).forAll(DivisionCodes.codes()).check(c -> {
      Optional<DivisionCode> parent = c.parent();
      if (c.level() == DivisionLevel.PROVINCE) {
        return parent.isEmpty();
      }
      return parent.isPresent()
          && parent.get().isAncestorOf(c)
          && !c.isAncestorOf(parent.get())
          && parent.get().level().lower().equals(Optional.of(c.level()))
          && c.level().higher().equals(Optional.of(parent.get().level()));
    });
  }

  @Test
  void townshipsUnderCitiesHaveTheCityAsParent() {
    qt().withExamples(200).forAll(DivisionCodes.townshipsUnderCities()).check(c ->
        c.level() == DivisionLevel.TOWNSHIP
            && c.parent().orElseThrow().level() == DivisionLevel.CITY
            && c.parent().orElseThrow().isAncestorOf(c)
            && c.ancestorAt(DivisionLevel.COUNTY).equals(c.parent().orElseThrow()));
  }

  @Test
  void ancestorAtIsConsistentWithContains() {
    qt().withExamples(500)
        .forAll(DivisionCodes.codes(), integers().between(0, 4))
        .check((c, l) -> {
          DivisionLevel level = DivisionLevel.values()[l % (c.level().ordinal() + 1)];
          DivisionCode ancestor = c.ancestorAt(level);
          return ancestor.contains(c)
              && ancestor.level() == level
              && (ancestor.equals(c) == (level == c.level()))
              && ancestorChainReaches(c, ancestor);
        });
  }

  private static boolean ancestorChainReaches(DivisionCode from, DivisionCode target) {
    Optional<DivisionCode> next = Optional.of(from);
    while (next.isPresent()) {
      if (next.get().equals(target)) {
        return true;
      }
      next = next.get().parent();
    }
    return false;
  }

  @Test
  void containsMatchesPrefixes() {
    qt().withExamples(500).forAll(DivisionCodes.codes(), DivisionCodes.codes()).check((a, b) ->
        a.contains(b) == b.value().startsWith(a.value().substring(0, a.level().digits())));
  }

  @Test
  void invalidTextGivesInvalidValueExceptionOnly() {
    qt().withExamples(1000)
        .forAll(strings().allPossible().ofLengthBetween(0, 14))
        .check(DivisionCodeTest::failsCleanlyOrParses);
    qt().withExamples(1000)
        .forAll(strings().numeric().map(s -> s.replace("-", "")), integers().between(0, 12))
        .check((s, cut) -> failsCleanlyOrParses(s.substring(0, Math.min(cut, s.length()))));
    qt().withExamples(1000)
        .forAll(integers().between(0, 999_999), integers().between(0, 999_999))
        .check((a, b) -> failsCleanlyOrParses(String.format("%06d%06d", a, b)));
  }

  private static boolean failsCleanlyOrParses(String text) {
    try {
      DivisionCode parsed = DivisionCode.parse(text);
      return text.length() == 6 ? parsed.shortValue().equals(text) : parsed.value().equals(text);
    } catch (InvalidValueException e) {
      return e.code().id().startsWith("division.");
    }
  }
}
