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

class PhoneNumberTest {

  private static final Set<String> IDS = Set.of("phone.length", "phone.character",
      "phone.country_code", "phone.prefix", "phone.area_code", "phone.local_number");

  @Test
  void mobileNumbersInTheirCommonForms() {
    for (String text : new String[] {"13812345678", "138 1234 5678", "138-1234-5678",
        "+86 138 1234 5678", "+8613812345678", "0086 13812345678", "(+86) 13812345678"}) {
      if (text.startsWith("(")) {
        assertThat(PhoneNumber.check(text)).contains(PhoneNumber.Problem.CHARACTER);
        continue;
      }
      PhoneNumber phone = PhoneNumber.parse(text);
      assertThat(phone.reveal()).as(text).isEqualTo("13812345678");
      assertThat(phone.kind()).isEqualTo(PhoneNumber.Kind.MOBILE);
      assertThat(phone.areaCode()).isEmpty();
      assertThat(phone.toString()).isEqualTo("138****5678");
    }
  }

  @Test
  void landlinesWithAreaCodes() {
    assertThat(PhoneNumber.parse("010-62345678").reveal()).isEqualTo("010-62345678");
    assertThat(PhoneNumber.parse("(027) 8765 4321").reveal()).isEqualTo("027-87654321");
    assertThat(PhoneNumber.parse("02787654321").areaCode()).contains("027");
    assertThat(PhoneNumber.parse("+86 27 8765 4321").reveal()).isEqualTo("027-87654321");
    assertThat(PhoneNumber.parse("+86 10 6234 5678").reveal()).isEqualTo("010-62345678");
    assertThat(PhoneNumber.parse("0710-3456789").reveal()).isEqualTo("0710-3456789");
    assertThat(PhoneNumber.parse("07103456789").areaCode()).contains("0710");
    assertThat(PhoneNumber.parse("027-87654321").toString()).isEqualTo("027-****4321");
    assertThat(PhoneNumber.parse("0710-3456789").toString()).isEqualTo("0710-****789");
    assertThat(PhoneNumber.parse("0710-3456789").kind()).isEqualTo(PhoneNumber.Kind.LANDLINE);
  }

  @Test
  void eachRuleHasItsStableId() {
    assertThat(id("1381234567")).isEqualTo("phone.length");
    assertThat(id("")).isEqualTo("phone.length");
    assertThat(id("12345")).isEqualTo("phone.length");
    assertThat(id("027-87654321-8001")).isEqualTo("phone.length");
    assertThat(id("138.1234.5678")).isEqualTo("phone.character");
    assertThat(id("138 1234 567８")).isEqualTo("phone.character");
    assertThat(id("+1 2025550123")).isEqualTo("phone.country_code");
    assertThat(id("12812345678")).isEqualTo("phone.prefix");
    assertThat(id("5551234")).isEqualTo("phone.prefix");
    assertThat(id("0111-2345678")).isEqualTo("phone.area_code");
    assertThat(id("027-12345678")).isEqualTo("phone.local_number");
  }

  @Test
  void canonicalFormRoundTrips() {
    qt().withExamples(500).forAll(Generators.mobiles().mix(Generators.landlines()),
        integers().between(0, 4)).checkAssert((canonical, style) -> {
          String written = Generators.format(canonical, style);
          PhoneNumber phone = PhoneNumber.parse(written);
          assertThat(phone.reveal()).as(written).isEqualTo(canonical);
          assertThat(PhoneNumber.parse(phone.reveal())).isEqualTo(phone);
        });
  }

  @Test
  void maskHidesAtLeastFourDigitsAndWhatThePolicySays() {
    Gen<int[]> kept = integers().between(0, 7)
        .flatMap(a -> integers().between(0, 7 - a).map(b -> new int[] {a, b}));
    qt().withExamples(500).forAll(Generators.mobiles().mix(Generators.landlines()), kept)
        .checkAssert((canonical, k) -> {
          PhoneNumber phone = PhoneNumber.parse(canonical);
          String masked = MaskingPolicy.builder().phone(k[0], k[1]).build().mask(phone);
          assertThat(masked).hasSameSizeAs(canonical);
          if (phone.kind() == PhoneNumber.Kind.MOBILE) {
            for (int i = 0; i < 11; i++) {
              boolean visible = i < k[0] || i >= 11 - k[1];
              assertThat(masked.charAt(i)).isEqualTo(visible ? canonical.charAt(i) : '*');
            }
          } else {
            String area = phone.areaCode().orElseThrow();
            String local = canonical.substring(area.length() + 1);
            int visible = Math.min(k[1], local.length() - 4);
            assertThat(masked).isEqualTo(area + "-" + "*".repeat(local.length() - visible)
                + local.substring(local.length() - visible));
          }
          assertThat(masked.chars().filter(c -> c == '*').count()).isGreaterThanOrEqualTo(4);
        });
  }

  @Test
  void arbitraryTextGivesATypedErrorOrANumber() {
    Gen<String> text = strings().betweenCodePoints(' ', '9').ofLengthBetween(0, 18)
        .mix(strings().numericBetween(0, 999_999_999).map(s -> "0" + s + s), 30)
        .mix(Generators.mobiles().map(s -> s.substring(0, 10)), 10);
    qt().withExamples(1000).forAll(text).checkAssert(s -> {
      Optional<PhoneNumber.Problem> problem = PhoneNumber.check(s);
      if (problem.isPresent()) {
        assertThat(assertRejected(s).code()).isEqualTo(problem.get().code());
      } else {
        assertThat(PhoneNumber.parse(s).reveal()).isNotEmpty();
      }
    });
  }

  private static InvalidValueException assertRejected(String bad) {
    Throwable thrown = catchThrowable(() -> PhoneNumber.parse(bad));
    assertThat(thrown).as(bad).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) thrown;
    assertThat(IDS).contains(e.code().id());
    ResidentIdPropertiesTest.assertNoEcho(bad.replaceAll("[^0-9]", ""), e);
    return e;
  }

  private static String id(String text) {
    InvalidValueException e = assertRejected(text);
    assertThat(PhoneNumber.check(text).map(PhoneNumber.Problem::code)).contains(e.code());
    return e.code().id();
  }
}
