package io.github.shiyu.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void namesAreCheckedWithTheirRuleInTheMessage() {
    assertThat(Command.of("returnOrder", Actor.system()).name()).isEqualTo("returnOrder");
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
}
