package io.github.shiyu.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.standard.DisputeMediationWorkflow;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void namesAreCheckedWithTheirRuleInTheMessage() {
    assertThat(Command.of("returnOrder", Actor.system()).name()).isEqualTo(CommandName.of("returnOrder"));
    for (String bad : new String[] {"", "Return", "return order", "return-order", "x".repeat(65)}) {
      assertThatThrownBy(() -> Command.of(bad, Actor.system()))
          .hasMessageStartingWith("case.command");
    }
    assertThatThrownBy(() -> CaseId.of("WO 1")).hasMessageStartingWith("case.id");
    assertThatThrownBy(() -> CaseId.of("")).hasMessageContaining("got 0 characters");
    assertThatThrownBy(() -> Role.of("grid worker")).hasMessageStartingWith("case.role");
    assertThatThrownBy(() -> Actor.of(" ", Role.CITIZEN)).hasMessageStartingWith("case.actor");
  }

  @Test
  void partiesNeverAppearInToString() {
    Registration r = Fixtures.registration(CaseType.DISPUTE, "dispute.neighbour")
        .withParties(List.of(Party.person("欧阳娜娜", PartyRole.APPLICANT)));
    Case c = Case.start(io.github.shiyu.governance.cases.standard.DisputeMediationWorkflow
        .definition().register(CaseId.of("D-1"), Command.register(Fixtures.as(Role.CITIZEN), r)
            .withReason("欧阳娜娜 says"), Fixtures.beijing("2025-06-03T09:00")).event());
    assertThat(r.toString()).doesNotContain("欧阳").contains("1 parties");
    assertThat(c.toString()).doesNotContain("欧阳");
    assertThat(c.lastEvent().toString()).doesNotContain("欧阳");
    assertThat(c.lastEvent().request().toString()).doesNotContain("欧阳");
    assertThat(c.parties()).extracting(Party::name).containsExactly("欧阳娜娜");
  }

  @Test
  void residentIdsAndPhonesNeverAppearInToStringsOrRejections() {
    String id = "11010519491231002X";
    String phone = "13812345678";
    Registration r = Fixtures.registration(CaseType.DISPUTE, "dispute.neighbour")
        .withParties(List.of(Party.person("欧阳娜娜", PartyRole.APPLICANT)
            .withResidentId(ResidentId.parse(id)).withPhone(PhoneNumber.parse(phone))));
    Workflow w = DisputeMediationWorkflow.definition();
    Command register = Command.register(Fixtures.as(Role.GRID_WORKER), r);
    Case c = Case.start(w.register(CaseId.of("D-1"), register,
        Fixtures.beijing("2025-06-03T09:00")).event());
    // a registration of the wrong type is rejected: its message names the type, not the party
    Rejection wrongType = w.register(CaseId.of("D-2"), Command.register(
            Fixtures.as(Role.GRID_WORKER), Registration.of(CaseType.PETITION, "petition",
                Fixtures.VILLAGE).withParties(r.parties())),
        Fixtures.beijing("2025-06-03T09:00")).rejection().orElseThrow();
    for (String shown : List.of(r.toString(), c.toString(), c.lastEvent().toString(),
        register.toString(), wrongType.message(), wrongType.toException().getMessage())) {
      assertThat(shown).doesNotContain("欧阳", id, "002X", phone, "5678");
    }
  }
}
