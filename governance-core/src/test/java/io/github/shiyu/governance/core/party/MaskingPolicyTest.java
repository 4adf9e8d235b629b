package io.github.shiyu.governance.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.shiyu.governance.core.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class MaskingPolicyTest {

  private final MaskingPolicy defaults = MaskingPolicy.defaults();

  @Test
  void namesKeepTheFamilyName() {
    assertThat(defaults.maskName("张三")).isEqualTo("张*");
    assertThat(defaults.maskName("张三丰")).isEqualTo("张**");
    assertThat(defaults.maskName("欧阳锋")).isEqualTo("欧阳*");
    assertThat(defaults.maskName("欧阳娜娜")).isEqualTo("欧阳**");
    assertThat(defaults.maskName("诸葛亮")).isEqualTo("诸葛*");
    assertThat(defaults.maskName("欧阳")).isEqualTo("欧*");
    assertThat(defaults.maskName("阿依古丽·买买提")).isEqualTo("阿***·***");
    assertThat(defaults.maskName("𠮷野家")).isEqualTo("𠮷**");
    assertThat(defaults.maskName("张")).isEqualTo("*");
    assertThat(defaults.maskName("𠮷")).isEqualTo("*");
    assertThat(defaults.maskName("")).isEmpty();
  }

  @Test
  void namesCanBeHiddenEntirely() {
    MaskingPolicy all = MaskingPolicy.builder().names(MaskingPolicy.NameMasking.ALL)
        .maskCharacter('#').build();
    assertThat(all.maskName("欧阳娜娜")).isEqualTo("####");
    assertThat(all.maskName("阿依古丽·买买提")).isEqualTo("####·###");
    assertThat(all.mask(PhoneNumber.parse("13812345678"))).isEqualTo("138####5678");
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertThat(defaults.residentIdFirst()).isEqualTo(6);
    assertThat(defaults.residentIdLast()).isEqualTo(4);
    assertThat(defaults.phoneFirst()).isEqualTo(3);
    assertThat(defaults.phoneLast()).isEqualTo(4);
    assertThat(defaults.names()).isEqualTo(MaskingPolicy.NameMasking.FAMILY_NAME);
    assertThat(defaults.maskCharacter()).isEqualTo('*');
    assertThat(defaults.toBuilder().build()).isEqualTo(defaults).hasSameHashCodeAs(defaults);
  }

  @Test
  void aPolicyAlwaysHidesFourCharacters() {
    assertThatThrownBy(() -> MaskingPolicy.builder().residentId(10, 5).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("masking.visible");
    assertThatThrownBy(() -> MaskingPolicy.builder().phone(4, 4).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("masking.visible");
    assertThatThrownBy(() -> MaskingPolicy.builder().residentId(-1, 0).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> MaskingPolicy.builder().maskCharacter('x').build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("masking.character");
    assertThat(MaskingPolicy.builder().residentId(10, 4).build().mask(
        ResidentId.parse("11010519491231002X"))).isEqualTo("1101051949****002X");
  }

  @Test
  void givenNamesNeverShow() {
    qt().withExamples(500).forAll(strings().betweenCodePoints(0x4E00, 0x9FA5)
        .ofLengthBetween(1, 6)).checkAssert(name -> {
          String masked = defaults.maskName(name);
          assertThat(masked).isNotEqualTo(name);
          boolean compound = name.length() >= 3 && masked.startsWith(name.substring(0, 2))
              && masked.charAt(1) != '*';
          int family = name.length() == 1 ? 0 : compound ? 2 : 1;
          assertThat(masked).hasSameSizeAs(name).startsWith(name.substring(0, family));
          assertThat(masked.substring(family)).matches("\\**");
        });
  }

  @Test
  void aSerializedPolicyIsCheckedAgainWhenRead() throws Exception {
    MaskingPolicy strict = MaskingPolicy.builder().residentId(3, 1).phone(3, 2)
        .names(MaskingPolicy.NameMasking.ALL).maskCharacter('#').build();
    assertThat(roundTrip(strict)).isEqualTo(strict);

    // A stream written by hand (here: a policy altered after build()) that shows the whole ID.
    MaskingPolicy forged = MaskingPolicy.builder().build();
    Field first = MaskingPolicy.class.getDeclaredField("residentIdFirst");
    first.setAccessible(true);
    first.setInt(forged, 18);
    assertThatThrownBy(() -> roundTrip(forged))
        .isInstanceOf(InvalidObjectException.class)
        .hasRootCauseInstanceOf(InvalidValueException.class)
        .hasMessageContaining("masking.visible");
  }

  private static Object roundTrip(MaskingPolicy policy) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(policy);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void masksIdAndPhoneLikeDigitRunsInFreeText() {
    MaskingPolicy p = MaskingPolicy.defaults();
    assertThat(p.maskNumbersIn("cannot read '11010519491231002X'"))
        .isEqualTo("cannot read '110105********002X'");
    assertThat(p.maskNumbersIn("call 13812345678 or 027-87654321"))
        .isEqualTo("call *******5678 or 027-****4321");
    assertThat(p.maskNumbersIn("line 12, 2026-10-01, 429004")).isEqualTo("line 12, 2026-10-01, 429004");
  }
}
