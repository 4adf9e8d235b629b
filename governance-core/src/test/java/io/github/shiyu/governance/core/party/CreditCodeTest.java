package io.github.shiyu.governance.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CreditCodeTest {

  private static final Set<String> IDS = Set.of("credit_code.length", "credit_code.character",
      "credit_code.registration_authority", "credit_code.region",
      "credit_code.organisation_code", "credit_code.check_character");

  @Test
  void publishedCodesOfListedCompanies() {
    // Alibaba (China) Co., Ltd. and Shenzhen Tencent Computer Systems Co., Ltd.
    CreditCode alibaba = CreditCode.parse("91330100716105852F");
    assertThat(alibaba.registrationAuthority()).isEqualTo('9');
    assertThat(alibaba.organisationType()).isEqualTo('1');
    assertThat(alibaba.regionCode()).isEqualTo("330100");
    assertThat(alibaba.organisationCode()).isEqualTo("716105852");
    assertThat(CreditCode.parse("9144030071526726XG").toString()).isEqualTo("9144030071526726XG");
    assertThat(CreditCode.organisationCheckCharacterOf("71526726")).isEqualTo('X');
    assertThat(CreditCode.checkCharacterOf("9144030071526726X")).isEqualTo('G');
    assertThat(CreditCode.parse("9144030071526726xg")).isEqualTo(CreditCode.parse("9144030071526726XG"));
  }

  @Test
  void eachRuleHasItsStableId() {
    assertThat(id("91330100716105852")).isEqualTo("credit_code.length");
    assertThat(id("91330100716105852I")).isEqualTo("credit_code.character");
    assertThat(id("91330100716105852O")).isEqualTo("credit_code.character");
    assertThat(id(Generators.creditWithCheck("B1330100716105852"))).isEqualTo("credit_code.registration_authority");
    assertThat(id(Generators.creditWithCheck("913301A0716105852"))).isEqualTo("credit_code.region");
    assertThat(id(Generators.creditWithCheck("91330100716105853"))).isEqualTo("credit_code.organisation_code");
    assertThat(id("91330100716105852E")).isEqualTo("credit_code.check_character");
    assertThat(id("9144030071526726XH")).isEqualTo("credit_code.check_character");
  }

  @Test
  void parseValueRoundTrips() {
    qt().withExamples(500).forAll(Generators.creditCodes()).checkAssert(s -> {
      CreditCode code = CreditCode.parse(s);
      assertThat(code.value()).isEqualTo(s);
      assertThat(CreditCode.parse(code.value())).isEqualTo(code);
      assertThat(CreditCode.parse(s.toLowerCase(java.util.Locale.ROOT))).isEqualTo(code);
      assertThat(CreditCode.checkCharacterOf(s)).isEqualTo(s.charAt(17));
    });
  }

  @Test
  void anySingleSubstitutionIsDetected() {
    qt().withExamples(1000).forAll(Generators.creditCodes(), integers().between(0, 17),
        integers().between(1, 30)).checkAssert((s, position, shift) -> {
          int old = Generators.CREDIT_ALPHABET.indexOf(s.charAt(position));
          char replacement = Generators.CREDIT_ALPHABET.charAt((old + shift) % 31);
          String bad = s.substring(0, position) + replacement + s.substring(position + 1);
          assertThat(CreditCode.check(bad)).as(bad).isPresent();
          assertRejected(bad);
        });
  }

  @Test
  void arbitraryTextGivesATypedErrorOrAValidCode() {
    Gen<String> text = strings().betweenCodePoints('0', 'z').ofLengthBetween(0, 20)
        .mix(Generators.creditStrings(18), 50);
    qt().withExamples(1000).forAll(text).checkAssert(s -> {
      Optional<CreditCode.Problem> problem = CreditCode.check(s);
      if (problem.isPresent()) {
        assertThat(assertRejected(s).code()).isEqualTo(problem.get().code());
      } else {
        assertThat(CreditCode.parse(s).value()).hasSize(18);
      }
    });
  }

  private static InvalidValueException assertRejected(String bad) {
    Throwable thrown = catchThrowable(() -> CreditCode.parse(bad));
    assertThat(thrown).as(bad).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) thrown;
    assertThat(IDS).contains(e.code().id());
    ResidentIdPropertiesTest.assertNoEcho(bad, e);
    return e;
  }

  private static String id(String text) {
    InvalidValueException e = assertRejected(text);
    assertThat(CreditCode.check(text).map(CreditCode.Problem::code)).contains(e.code());
    return e.code().id();
  }
}
