package io.github.shiyu.governance.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

  private static final String KNOWN = "11010519491231002X";

  @Test
  void knownValidNumber() {
    ResidentId id = ResidentId.parse(KNOWN);
    assertThat(id.reveal()).isEqualTo(KNOWN);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.regionCode()).isEqualTo("110105");
    assertThat(id.region()).isEqualTo(DivisionCode.parse("110105"));
    assertThat(id.region().level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(ResidentId.parse(Generators.withCheck("44030019900101001")).region().level())
        .isEqualTo(DivisionLevel.CITY);
    assertThat(ResidentId.checkCharacterOf(KNOWN)).isEqualTo('X');
    assertThat(ResidentId.isValid(KNOWN)).isTrue();
  }

  @Test
  void moreKnownCheckCharacters() {
    // Worked out independently from the MOD 11-2 weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2.
    assertThat(ResidentId.checkCharacterOf("44030419900101001")).isEqualTo('1');
    assertThat(ResidentId.parse("440304199001010011").sex()).isEqualTo(Sex.MALE);
    assertThat(ResidentId.checkCharacterOf("42010219800229123")).isEqualTo('9');
    assertThat(ResidentId.parse("420102198002291239").birthDate())
        .isEqualTo(LocalDate.of(1980, 2, 29));
  }

  @Test
  void maskedEverywhereButReveal() {
    ResidentId id = ResidentId.parse(KNOWN);
    assertThat(id.toString()).isEqualTo("110105********002X");
    assertThat(id.masked()).isEqualTo(id.toString());
  }

  @Test
  void lowerCaseXIsNormalised() {
    assertThat(ResidentId.parse("11010519491231002x")).isEqualTo(ResidentId.parse(KNOWN));
    assertThat(ResidentId.parse("11010519491231002x").reveal()).endsWith("X");
  }

  @Test
  void fifteenDigitNumbersConvert() {
    ResidentId legacy = ResidentId.parse("110105491231002");
    assertThat(legacy.reveal()).isEqualTo(KNOWN);
    assertThat(legacy).isEqualTo(ResidentId.parse(KNOWN));
    assertThat(ResidentId.parse("440304900101001").reveal()).isEqualTo("440304199001010011");
  }

  @Test
  void wrongCheckCharacters() {
    for (String bad : new String[] {"110105194912310020", "110105194912310021",
        "440304199001010017", "44030419900101001X"}) {
      assertThat(ResidentId.check(bad)).as(bad).contains(ResidentId.Problem.CHECK_CHARACTER);
      assertThat(error(bad).code().id()).isEqualTo("resident_id.check_character");
    }
  }

  @Test
  void eachRuleHasItsStableId() {
    assertThat(error("1101051949123100").code().id()).isEqualTo("resident_id.length");
    assertThat(error("").code().id()).isEqualTo("resident_id.length");
    assertThat(error("1101051949123100X2").code().id()).isEqualTo("resident_id.character");
    assertThat(error("11010519491231002Y").code().id()).isEqualTo("resident_id.character");
    assertThat(error("11010549123100X").code().id()).isEqualTo("resident_id.character");
    assertThat(error("990105194912310028").code().id()).isEqualTo("resident_id.region");
    assertThat(error("160105194912310026").code().id()).isEqualTo("resident_id.region");
    assertThat(error(Generators.withCheck("11001019491231002")).code().id())
        .isEqualTo("resident_id.region");
    assertThat(error("110010491231002").code().id()).isEqualTo("resident_id.region");
    // 1949-02-30, 1900-02-29 (not a leap year), month 13, day 00, before 1800
    assertThat(error(ResidentIdPropertiesTest.withCheck("11010519490230002")).code().id())
        .isEqualTo("resident_id.birth_date");
    assertThat(error(ResidentIdPropertiesTest.withCheck("11010519000229002")).code().id())
        .isEqualTo("resident_id.birth_date");
    assertThat(error(ResidentIdPropertiesTest.withCheck("11010519491331002")).code().id())
        .isEqualTo("resident_id.birth_date");
    assertThat(error(ResidentIdPropertiesTest.withCheck("11010519491200002")).code().id())
        .isEqualTo("resident_id.birth_date");
    assertThat(error(ResidentIdPropertiesTest.withCheck("11010517991231002")).code().id())
        .isEqualTo("resident_id.birth_date");
    assertThat(error("110105490230002").code().id()).isEqualTo("resident_id.birth_date");
  }

  @Test
  void birthDateInTheFutureIsRejected() {
    LocalDate today = LocalDate.of(2026, 11, 24);
    String born = ResidentIdPropertiesTest.withCheck("11010520261124002");
    String unborn = ResidentIdPropertiesTest.withCheck("11010520261125002");
    assertThat(ResidentId.parse(born, today).birthDate()).isEqualTo(today);
    assertThatThrownBy(() -> ResidentId.parse(unborn, today))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("resident_id.birth_date: characters 7-14");
  }

  @Test
  void messagesNamePositionsNeverTheInput() {
    InvalidValueException e = error("1101051949123100X2");
    assertThat(e.getMessage()).isEqualTo("resident_id.character: character 17 is not allowed:"
        + " the first 17 characters are digits, the 18th a digit or X");
    assertThat(e.localizedMessage(Locale.CHINA)).isEqualTo("第17位字符无效：前17位应为数字，第18位应为数字或X");
    assertThat(error("110105194912310021").getMessage()).doesNotContain("19491231")
        .doesNotContain("110105");
  }

  @Test
  void equalityIsByNumber() {
    assertThat(ResidentId.parse(KNOWN)).isEqualTo(ResidentId.parse(KNOWN))
        .hasSameHashCodeAs(ResidentId.parse(KNOWN))
        .isNotEqualTo(ResidentId.parse("440304199001010011"));
    assertThat(ResidentId.check(KNOWN)).isEqualTo(Optional.empty());
  }

  private static InvalidValueException error(String text) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> ResidentId.parse(text));
    assertThat(e).as(text).isNotNull();
    assertThat(ResidentId.check(text).map(ResidentId.Problem::code)).contains(e.code());
    return e;
  }
}
