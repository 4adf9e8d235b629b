package io.github.shiyu.governance.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private static final DivisionCode XIANTAO = DivisionCode.parse("429004");

  @Test
  void centersTakeTheirLevelFromTheDivision() {
    assertThat(GovernanceCenter.of("gc", "仙桃市综治中心", XIANTAO).level())
        .isEqualTo(DivisionLevel.COUNTY);
    assertThat(GovernanceCenter.of("gc", "街道综治中心", DivisionCode.parse("429004001000"))
        .escalationLevel()).contains(EscalationLevel.TOWNSHIP);
    assertThat(GovernanceCenter.of("gc", "社区综治中心", DivisionCode.parse("429004001001"))
        .escalationLevel()).contains(EscalationLevel.VILLAGE);
    assertThat(GovernanceCenter.of("gc", "市综治中心", DivisionCode.parse("420100"))
        .escalationLevel()).contains(EscalationLevel.CITY);
    assertThat(GovernanceCenter.of("gc", "省综治中心", DivisionCode.parse("420000"))
        .escalationLevel()).isEmpty();
    assertThat(OperationsCenter.of("ops", "城运中心", XIANTAO).level())
        .isEqualTo(DivisionLevel.COUNTY);
  }

  @Test
  void departmentsKeepTheirDivision() {
    Department hr = Department.of(" hr ", "人社局", XIANTAO);
    assertThat(hr.id()).isEqualTo("hr");
    assertThat(hr.division()).isEqualTo(XIANTAO);
    assertThat(hr).isEqualTo(new Department("hr", "人社局", XIANTAO));
  }

  @Test
  void blankIdsAndNamesAreRejected() {
    assertThatThrownBy(() -> Department.of(" ", "人社局", XIANTAO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("org.blank: the id of department is blank");
    assertThatThrownBy(() -> GovernanceCenter.of("gc", "", XIANTAO))
        .hasMessage("org.blank: the name of governance center is blank");
    assertThatThrownBy(() -> OperationsCenter.of("", "x", XIANTAO))
        .hasMessage("org.blank: the id of operations center is blank");
  }
}
