package io.github.shiyu.governance.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ResidentIdPropertiesTest {

  static final Set<String> IDS = Set.of("resident_id.length", "resident_id.character",
      "resident_id.region", "resident_id.birth_date", "resident_id.check_character");

  static String withCheck(String first17) {
    return Generators.withCheck(first17);
  }

  @Test
  void parseRevealRoundTrips() {
    qt().withExamples(500).forAll(Generators.residentIds()).checkAssert(s -> {
      ResidentId id = ResidentId.parse(s);
      assertThat(id.reveal()).isEqualTo(s);
      assertThat(ResidentId.parse(id.reveal())).isEqualTo(id);
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(Integer.parseInt(s.substring(6, 10)),
          Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14))));
      assertThat(id.sex()).isEqualTo((s.charAt(16) - '0') % 2 == 0 ? Sex.FEMALE : Sex.MALE);
      assertThat(ResidentId.checkCharacterOf(s)).isEqualTo(s.charAt(17));
      assertThat(id.region().value()).isEqualTo(s.substring(0, 6) + "000000");
    });
  }

  @Test
  void fifteenDigitFormConvertsToTheSameId() {
    Gen<String> twentiethCentury = Generators.residentIds()
        .assuming(s -> s.startsWith("19", 6));
    qt().withExamples(300).forAll(twentiethCentury).checkAssert(s -> {
      String legacy = s.substring(0, 6) + s.substring(8, 17);
      assertThat(ResidentId.parse(legacy)).isEqualTo(ResidentId.parse(s));
    });
  }

  @Test
  void defaultMaskHidesTheBirthDate() {
    qt().withExamples(500).forAll(Generators.residentIds()).checkAssert(s -> {
      ResidentId id = ResidentId.parse(s);
      assertThat(id.toString()).isEqualTo(s.substring(0, 6) + "********" + s.substring(14));
      assertThat(id.masked()).isEqualTo(id.toString());
    });
  }

  @Test
  void everyPolicyHidesWhatItSaysAndNothingElse() {
    Gen<int[]> kept = integers().between(0, 14)
        .flatMap(a -> integers().between(0, 14 - a).map(b -> new int[] {a, b}));
    qt().withExamples(500).forAll(Generators.residentIds(), kept).checkAssert((s, k) -> {
      MaskingPolicy policy = MaskingPolicy.builder().residentId(k[0], k[1]).build();
      String masked = policy.mask(ResidentId.parse(s));
      assertThat(masked).hasSize(18);
      for (int i = 0; i < 18; i++) {
        boolean visible = i < k[0] || i >= 18 - k[1];
        assertThat(masked.charAt(i)).isEqualTo(visible ? s.charAt(i) : '*');
      }
    });
  }

  @Test
  void anySingleSubstitutionIsDetected() {
    qt().withExamples(1000).forAll(Generators.residentIds(), integers().between(0, 17),
        integers().between(1, 10)).checkAssert((s, position, shift) -> {
          String alphabet = "0123456789X";
          int old = alphabet.indexOf(s.charAt(position));
          char replacement = alphabet.charAt((old + shift) % 11);
          String bad = s.substring(0, position) + replacement + s.substring(position + 1);
          assertThat(ResidentId.check(bad)).as(bad).isPresent();
          assertRejectedQuietly(bad);
        });
  }

  @Test
  void arbitraryTextGivesATypedErrorOrAValidId() {
    Gen<String> digitsAndNoise = strings().betweenCodePoints('0', '9').ofLengthBetween(0, 20)
        .mix(strings().betweenCodePoints('0', 'z').ofLengthBetween(14, 19), 30)
        .mix(Generators.residentIds().map(s -> s.substring(0, 17) + "X"), 20)
        .mix(Generate.pick(Generators.PROVINCES).zip(strings().betweenCodePoints('0', '9')
            .ofLength(13), String::concat), 30);
    qt().withExamples(1000).forAll(digitsAndNoise).checkAssert(s -> {
      Optional<ResidentId.Problem> problem = ResidentId.check(s);
      if (problem.isPresent()) {
        InvalidValueException e = assertRejectedQuietly(s);
        assertThat(e.code()).isEqualTo(problem.get().code());
      } else {
        assertThat(ResidentId.parse(s).reveal()).hasSize(18);
      }
    });
  }

  /** Rejected with one of the stable ids, and no six characters of the input in any message. */
  static InvalidValueException assertRejectedQuietly(String bad) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ResidentId.parse(bad));
    assertThat(thrown).as(bad).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) thrown;
    assertThat(IDS).contains(e.code().id());
    assertNoEcho(bad, e);
    return e;
  }

  static void assertNoEcho(String input, GovernanceException e) {
    for (int i = 0; i + 6 <= input.length(); i++) {
      String window = input.substring(i, i + 6);
      assertThat(e.getMessage()).doesNotContain(window);
      assertThat(e.localizedMessage(Locale.CHINA)).doesNotContain(window);
      assertThat(String.join(" ", e.arguments())).doesNotContain(window);
    }
  }

  @Test
  void nullIsAProgrammingError() {
    assertThatThrownBy(() -> ResidentId.parse(null)).isInstanceOf(NullPointerException.class);
  }
}
