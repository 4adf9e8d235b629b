package io.github.shiyu.governance.grid.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.Tier;
import org.junit.jupiter.api.Test;

class EscalationLadderTest {

  private static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.standard();
  private static final CaseCategory DISPUTE = TAXONOMY.require("dispute");
  private static final CaseCategory LABOUR = TAXONOMY.require("dispute.labour");

  @Test
  void theNearestCategoryRuleWinsOverTheTierDefault() {
    EscalationLadder ladder = EscalationLadder.builder(TAXONOMY).standard()
        .rule(Tier.MAJOR, "dispute", EscalationLevel.CITY).build();
    EscalationLadder.Rule rule = ladder.levelFor(LABOUR, Tier.MAJOR);
    assertThat(rule.level()).isEqualTo(EscalationLevel.CITY);
    assertThat(rule.category()).contains(DISPUTE);
    assertThat(rule.isDefault()).isFalse();
    EscalationLadder.Rule simple = ladder.levelFor(LABOUR, Tier.SIMPLE);
    assertThat(simple.level()).isEqualTo(EscalationLevel.VILLAGE);
    assertThat(simple.category()).isEmpty();
    assertThat(simple.isDefault()).isTrue();
    assertThat(ladder.rules()).extracting(EscalationLadder.Rule::number).containsExactly(1, 2, 3, 4);
    assertThat(rule.toString()).isEqualTo("ladder rule 4 (MAJOR dispute → CITY)");
  }

  @Test
  void aCategoryOutsideTheTaxonomyIsMissingData() {
    CaseCategory foreign = CaseCategory.of("roads.pothole", "坑洼", "Pothole");
    assertThatThrownBy(() -> EscalationLadder.standard().levelFor(foreign, Tier.SIMPLE))
        .isInstanceOf(MissingDataException.class).hasMessageContaining("category.unknown");
  }

  @Test
  void unknownRepeatedAndMissingRulesAreNamedTogether() {
    assertThatThrownBy(() -> EscalationLadder.builder(TAXONOMY)
        .tierDefault(Tier.SIMPLE, EscalationLevel.VILLAGE)
        .tierDefault(Tier.SIMPLE, EscalationLevel.TOWNSHIP)
        .rule(Tier.MAJOR, "no.such", EscalationLevel.CITY)
        .rule(Tier.MAJOR, "dispute", EscalationLevel.CITY)
        .rule(Tier.MAJOR, "dispute", EscalationLevel.COUNTY)
        .build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(DispatchErrors.ROUTING))
        .hasMessageContaining("rule 2 repeats rule 1")
        .hasMessageContaining("rule 3: unknown category no.such")
        .hasMessageContaining("rule 5 repeats rule 4")
        .hasMessageContaining("no default level for tier COMPLEX");
  }

  @Test
  void routingRowsCarryTheirCategoryAndFallBackToTheParent() {
    Department judicial = Department.of("judicial-001", "司法所", DivisionCode.parse("420602001000"));
    RoutingTable table = RoutingTable.builder(TAXONOMY).route("dispute", DivisionLevel.TOWNSHIP, judicial).build();
    assertThat(table.find(LABOUR, DivisionLevel.TOWNSHIP)).hasValueSatisfying(row -> {
      assertThat(row.category()).isEqualTo(DISPUTE);
      assertThat(row.departments()).containsExactly(judicial);
    });
    assertThat(table.find(LABOUR, DivisionLevel.COUNTY)).isEmpty();
  }

  @Test
  void ownersAreADepartmentOrTheTownship() {
    Department judicial = Department.of("judicial-001", "司法所", DivisionCode.parse("420602001000"));
    DispatchDecision.Owner department = DispatchDecision.Owner.department(judicial);
    assertThat(department.division()).isEqualTo(judicial.division());
    assertThat(department.department()).contains(judicial);
    assertThat(department.isTownshipFallback()).isFalse();
    DispatchDecision.Owner township = DispatchDecision.Owner.township(DivisionCode.parse("420602001000"));
    assertThat(township.department()).isEmpty();
    assertThat(township.isTownshipFallback()).isTrue();
    assertThat(township).isEqualTo(DispatchDecision.Owner.township(DivisionCode.parse("420602001000")))
        .isNotEqualTo(department);
  }
}
