package io.github.shiyu.governance.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void namesAreChecked() {
    assertThatThrownBy(() -> Party.person("  ", PartyRole.APPLICANT))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("party.name");
    assertThatThrownBy(() -> Party.person("张\u0000三", PartyRole.APPLICANT))
        .isInstanceOf(InvalidValueException.class).hasMessageNotContaining("张");
    assertThatThrownBy(() -> Party.person("张".repeat(201), PartyRole.APPLICANT))
        .isInstanceOf(InvalidValueException.class);
  }
}
