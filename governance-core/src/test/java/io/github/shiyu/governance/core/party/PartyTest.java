package io.github.shiyu.governance.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.shiyu.governance.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PartyTest {

  private final ResidentId id = ResidentId.parse("11010519491231002X");
  private final PhoneNumber phone = PhoneNumber.parse("13812345678");

  @Test
  void aPersonShowsOnlyMaskedData() {
    Party person = Party.person(" 欧阳娜娜 ", PartyRole.APPLICANT).withResidentId(id)
        .withPhone(phone);
    assertThat(person.toString()).isEqualTo(
        "Party[PERSON 欧阳** APPLICANT residentId=110105********002X phone=138****5678]")
        .doesNotContain("娜").doesNotContain("19491231").doesNotContain("1234");
    assertThat(person.name()).isEqualTo("欧阳娜娜");
    assertThat(person.maskedName()).isEqualTo("欧阳**");
    assertThat(person.residentId()).contains(id);
    assertThat(person.phone()).contains(phone);
    assertThat(person.creditCode()).isEmpty();
    assertThat(person.isPerson()).isTrue();
    assertThat(person.withRole(PartyRole.RESPONDENT).role()).isEqualTo(PartyRole.RESPONDENT);
    assertThat(person).isEqualTo(Party.person("欧阳娜娜", PartyRole.APPLICANT)
        .withResidentId(id).withPhone(phone));
  }

  @Test
  void anOrganisationShowsNameAndCode() {
    CreditCode code = CreditCode.parse("91330100716105852F");
    Party company = Party.organisation("某某物业服务有限公司", code, PartyRole.RESPONDENT)
        .withPhone(phone);
    assertThat(company.toString()).isEqualTo("Party[ORGANISATION 某某物业服务有限公司 RESPONDENT"
        + " creditCode=91330100716105852F phone=138****5678]");
    assertThat(company.maskedName()).isEqualTo("某某物业服务有限公司");
    assertThat(company.kind()).isEqualTo(Party.Kind.ORGANISATION);
    assertThatThrownBy(() -> company.withResidentId(id))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("party.resident_id");
    assertThat(Party.organisation("居民小组", PartyRole.THIRD_PARTY).creditCode()).isEmpty();
  }

  @Test
  void aPersonsTextIsMadeOfMaskedPartsOnly() {
    String fixedError = catchThrowable(() -> Party.organisation("某某公司", PartyRole.RESPONDENT)
        .withResidentId(id)).getMessage();
    qt().withExamples(300)
        .forAll(strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 5),
            Generators.residentIds(), Generators.mobiles().mix(Generators.landlines()))
        .checkAssert((name, idText, phoneText) -> {
          ResidentId rid = ResidentId.parse(idText);
          PhoneNumber tel = PhoneNumber.parse(phoneText);
          Party person = Party.person(name, PartyRole.PETITIONER).withResidentId(rid)
              .withPhone(tel);
          String masked = person.maskedName();
          assertThat(masked).hasSameSizeAs(name).isNotEqualTo(name).endsWith("*");
          assertThat(person.toString()).isEqualTo("Party[PERSON " + masked + " PETITIONER"
              + " residentId=" + idText.substring(0, 6) + "********" + idText.substring(14)
              + " phone=" + tel.masked() + "]");
          String local = tel.localNumber();
          assertThat(tel.masked()).isEqualTo(tel.kind() == PhoneNumber.Kind.MOBILE
              ? phoneText.substring(0, 3) + "****" + phoneText.substring(7)
              : tel.areaCode().orElseThrow() + "-****" + local.substring(4));
          // The message of a rule broken with personal data is the same whatever the data.
          assertThat(catchThrowable(() -> Party.organisation(name, PartyRole.RESPONDENT)
              .withResidentId(rid))).hasMessage(fixedError);
        });
  }

  @Test
  void namesAreChecked() {
    assertThatThrownBy(() -> Party.person("  ", PartyRole.APPLICANT))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("party.name");
    assertThatThrownBy(() -> Party.person("张\u0000三", PartyRole.APPLICANT))
        .isInstanceOf(InvalidValueException.class).hasMessageNotContaining("张");
    assertThatThrownBy(() -> Party.person("张".repeat(201), PartyRole.APPLICANT))
        .isInstanceOf(InvalidValueException.class);
  }
}
