package io.github.shiyu.governance.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.core.division.DivisionLevel;
import org.junit.jupiter.api.Test;

class EscalationLevelTest {

  @Test
  void eachRungIsHandledByItsDivisionLevelAndBack() {
    assertThat(EscalationLevel.VILLAGE.divisionLevel()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(EscalationLevel.TOWNSHIP.divisionLevel()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(EscalationLevel.COUNTY.divisionLevel()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(EscalationLevel.CITY.divisionLevel()).isEqualTo(DivisionLevel.CITY);
    for (EscalationLevel rung : EscalationLevel.values()) {
      assertThat(EscalationLevel.of(rung.divisionLevel())).contains(rung);
    }
    assertThat(EscalationLevel.of(DivisionLevel.PROVINCE)).isEmpty();
  }

  @Test
  void theLadderClimbsOneRungAtATime() {
    assertThat(EscalationLevel.VILLAGE.next()).contains(EscalationLevel.TOWNSHIP);
    assertThat(EscalationLevel.CITY.next()).isEmpty();
    assertThat(EscalationLevel.COUNTY.isAbove(EscalationLevel.TOWNSHIP)).isTrue();
    assertThat(EscalationLevel.VILLAGE.isAbove(EscalationLevel.VILLAGE)).isFalse();
  }
}
