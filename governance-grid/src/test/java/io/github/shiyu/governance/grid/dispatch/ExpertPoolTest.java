package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.org.ExpertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision.Choice;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision.Reason;
import io.github.shiyu.governance.grid.testing.Layers;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Experts and specialised mediation committees in dispatch (#17). */
class ExpertPoolTest {

  // a county's own subcategory, to see the nearest category win
  private static final CategoryTaxonomy TAXONOMY = CategoryTaxonomy.standard().with(
      CaseCategory.of("dispute.labour.wage_arrears", "欠薪纠纷", "wage arrears"));
  private static final DivisionCode COUNTY = DivisionCode.parse("420602");
  private static final DivisionCode TOWNSHIP_1 = DivisionCode.parse("420602001000");
  private static final DivisionCode TOWNSHIP_2 = DivisionCode.parse("420602002000");
  private static final DivisionCode VILLAGE_1 = DivisionCode.parse("420602001003");
  private static final DivisionCode VILLAGE_2 = DivisionCode.parse("420602002004");
  private static final DivisionCode ELSEWHERE = DivisionCode.parse("420606001001");

  private static final String[] CATEGORIES = {"dispute.labour", "dispute.labour.wage_arrears",
      "dispute.marriage_family", "dispute.housing_homestead", "dispute.neighbour",
      "dispute.property_management", "dispute.contract", "dispute.other"};
  private static final DivisionCode[] PLACES = {VILLAGE_1, VILLAGE_2, ELSEWHERE,
      DivisionCode.parse("420602001001"), DivisionCode.parse("420602003002")};
  private static final DivisionCode[] SERVED = {COUNTY, TOWNSHIP_1, TOWNSHIP_2,
      DivisionCode.parse("420606"), VILLAGE_1};

  private static CaseCategory category(String code) {
    return TAXONOMY.require(code);
  }

  private static ExpertPool pool() {
    return ExpertPool.builder(TAXONOMY)
        .committee(MediationCommittee.of("cmt-labour", "劳动争议人民调解委员会",
            List.of("dispute.labour"), 2, COUNTY))
        .committee(MediationCommittee.of("cmt-wages", "欠薪纠纷人民调解委员会",
            List.of("dispute.labour.wage_arrears"), 5, TOWNSHIP_2))
        .committee(MediationCommittee.of("cmt-family", "婚姻家庭纠纷人民调解委员会",
            List.of("dispute.marriage_family"), 10, TOWNSHIP_1))
        .expert(Expert.of("psy-2", ExpertField.PSYCHOLOGY, 1, COUNTY))
        .expert(Expert.of("psy-1", ExpertField.PSYCHOLOGY, 3, COUNTY))
        .expert(Expert.of("law-1", ExpertField.LEGAL_CONSULTATION, 5, TOWNSHIP_1))
        .addExpert("dispute.marriage_family", Tier.SIMPLE, ExpertField.PSYCHOLOGY)
        .addExpert("dispute", Tier.MAJOR, ExpertField.LEGAL_CONSULTATION)
        .build();
  }

  @Test
  void aFamilyDisputeGetsAPsychologistAndTheFamilyCommittee() {
    ExpertPool.Referral r = pool().refer(category("dispute.marriage_family"), Tier.SIMPLE,
        VILLAGE_1, Workload.of(Map.of("psy-1", 1)));
    // psy-2 has no open case, psy-1 one: the fewest wins
    assertThat(r.experts()).extracting(Expert::id).containsExactly("psy-2");
    assertThat(r.committee()).map(MediationCommittee::id).contains("cmt-family");
    assertThat(r.reasons()).extracting(Reason::choice)
        .containsExactly(Choice.EXPERT, Choice.COMMITTEE);
    assertThat(r.reasons().get(0).text()).contains("psy-2 with 0 of 1 open cases");
  }

  @Test
  void anExpertAtCapacityIsPassedOverAndTheNearestCommitteeWins() {
    ExpertPool.Referral r = pool().refer(category("dispute.labour.wage_arrears"), Tier.SIMPLE,
        VILLAGE_2, Workload.none());
    // the wage committee takes the subcategory and serves township 2: it wins over labour
    assertThat(r.committee()).map(MediationCommittee::id).contains("cmt-wages");
    ExpertPool.Referral family = pool().refer(category("dispute.marriage_family"), Tier.SIMPLE,
        VILLAGE_1, Workload.of(Map.of("psy-2", 1)));
    assertThat(family.experts()).extracting(Expert::id).containsExactly("psy-1");
  }

  @Test
  void theDecisionSaysWhyNoCommitteeTookADispute() {
    ExpertPool.Referral outside = pool().refer(category("dispute.marriage_family"), Tier.SIMPLE,
        ELSEWHERE, Workload.none());
    assertThat(outside.committee()).isEmpty();
    assertThat(outside.reasons()).filteredOn(x -> x.choice() == Choice.COMMITTEE)
        .singleElement().extracting(Reason::text).asString()
        .contains("none serves community 420606001001");
    ExpertPool.Referral full = pool().refer(category("dispute.labour"), Tier.SIMPLE, VILLAGE_1,
        Workload.of(Map.of("cmt-labour", 2)));
    assertThat(full.committee()).isEmpty();
    assertThat(full.reasons()).extracting(Reason::text).anyMatch(t -> t.contains("at capacity"));
  }

  @Test
  void aMajorDisputeGetsALegalExpertOnlyWhereOneServes() {
    ExpertPool.Referral major = pool().refer(category("dispute.neighbour"), Tier.MAJOR,
        VILLAGE_1, Workload.none());
    assertThat(major.experts()).extracting(Expert::id).containsExactly("law-1");
    assertThat(pool().refer(category("dispute.neighbour"), Tier.COMPLEX, VILLAGE_1,
        Workload.none()).experts()).isEmpty();
    ExpertPool.Referral far = pool().refer(category("dispute.neighbour"), Tier.MAJOR, VILLAGE_2,
        Workload.none());
    assertThat(far.experts()).isEmpty();
    assertThat(far.reasons()).extracting(Reason::text)
        .anyMatch(t -> t.contains("no legal_consultation expert serves community"));
  }

  @Test
  void theBuilderRefusesWhatThePoolCannotHonour() {
    assertThatThrownBy(() -> ExpertPool.builder(TAXONOMY)
        .addExpert("dispute.labour", Tier.SIMPLE, ExpertField.LAWYER).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("no lawyer expert");
    assertThatThrownBy(() -> ExpertPool.builder(TAXONOMY)
        .committee(MediationCommittee.of("c", "某调委会", List.of("dispute.nothing"), 1, COUNTY))
        .build()).hasMessageContaining("no category dispute.nothing");
    assertThatThrownBy(() -> ExpertPool.builder(TAXONOMY)
        .expert(Expert.of("x", ExpertField.LAWYER, 1, COUNTY))
        .expert(Expert.of("x", ExpertField.PSYCHOLOGY, 1, COUNTY)))
        .hasMessageContaining("id used twice");
    assertThatThrownBy(() -> Expert.of("y", ExpertField.LAWYER, 0, COUNTY))
        .hasMessageContaining("capacity must be at least 1, got 0");
    assertThatThrownBy(() -> ExpertField.of("Psy", "心理", "psychology"))
        .hasMessageContaining("expected lower snake case, got Psy");
  }

  /**
   * Every dispute whose category (or an ancestor) a committee takes is offered to one that
   * takes the nearest such category, serves its place and has room; or the decision says why
   * not. Experts join only by a rule, within capacity and where they serve.
   */
  @Test
  void everyDisputeWithACommitteeIsOfferedToOneThatServesItOrTheDecisionSaysWhyNot() {
    qt().withExamples(500).forAll(lists().of(integers().between(0, 9_999)).ofSizeBetween(1, 12),
        integers().between(0, Integer.MAX_VALUE)).checkAssert((spec, seed) -> {
          ExpertPool.Builder b = ExpertPool.builder(TAXONOMY);
          for (int i = 0; i < spec.size(); i++) {
            int v = spec.get(i);
            b.committee(MediationCommittee.of("cmt-" + i, "调委会" + i,
                List.of(CATEGORIES[v % CATEGORIES.length]), 1 + v / 10 % 3,
                SERVED[v / 100 % SERVED.length]));
          }
          ExpertPool pool = b.build();
          Map<String, Integer> open = new HashMap<>();
          for (int i = 0; i < spec.size(); i++) {
            open.put("cmt-" + i, (seed >>> i) & 3);
          }
          CaseCategory c = category(CATEGORIES[seed % CATEGORIES.length]);
          DivisionCode place = PLACES[(seed / CATEGORIES.length) % PLACES.length];
          Workload workload = Workload.of(open);
          ExpertPool.Referral r = pool.refer(c, Tier.SIMPLE, place, workload);
          List<MediationCommittee> taking = pool.committeesFor(c);
          if (taking.isEmpty()) {
            assertThat(r.committee()).isEmpty();
            assertThat(r.reasons()).noneMatch(x -> x.choice() == Choice.COMMITTEE);
            return;
          }
          if (r.committee().isPresent()) {
            MediationCommittee m = r.committee().get();
            assertThat(taking).contains(m);
            assertThat(m.serves(place)).isTrue();
            assertThat(workload.openCases(m.id())).isLessThan(m.capacity());
            for (MediationCommittee other : taking) {
              if (other.serves(place) && workload.openCases(other.id()) < other.capacity()) {
                assertThat(workload.openCases(m.id()))
                    .isLessThanOrEqualTo(workload.openCases(other.id()));
              }
            }
          } else {
            assertThat(taking).noneMatch(m -> m.serves(place)
                && workload.openCases(m.id()) < m.capacity());
            assertThat(r.reasons()).filteredOn(x -> x.choice() == Choice.COMMITTEE)
                .singleElement().extracting(Reason::text).asString()
                .containsAnyOf("none serves", "at capacity");
          }
        });
  }

  @Test
  void theDispatcherAddsTheReferralToItsDecisionAndExplainsIt() {
    GridLayer layer = Layers.tiling(40, 23);
    GridIndex index = GridIndex.of(layer);
    Grid grid = layer.grids().get(0);
    DivisionCode township = grid.community().ancestorAt(DivisionLevel.TOWNSHIP);
    RoutingTable table = RoutingTable.builder(TAXONOMY)
        .route("dispute", DivisionLevel.TOWNSHIP, Department.of("judicial-001", "司法所", township))
        .build();
    ExpertPool pool = ExpertPool.builder(TAXONOMY)
        .committee(MediationCommittee.of("cmt-family", "婚姻家庭纠纷人民调解委员会",
            List.of("dispute.marriage_family"), 10, township))
        .expert(Expert.of("psy-1", ExpertField.PSYCHOLOGY, 3, township))
        .addExpert("dispute.marriage_family", Tier.SIMPLE, ExpertField.PSYCHOLOGY)
        .build();
    Dispatcher dispatcher = Dispatcher.builder(index, table).experts(pool).build();
    double[] box = grid.geometry().envelope();
    GeoPoint here = null;
    for (double f = 0.5; here == null; f += 0.01) {
      double x = box[0] + (box[2] - box[0]) * f;
      double y = box[1] + (box[3] - box[1]) * 0.5;
      int at = index.locateIndex(x, y);
      if (at >= 0 && index.grid(at).equals(grid)) {
        here = GeoPoint.of(x, y, CoordinateSystem.CGCS2000);
      }
    }
    DispatchDecision d = dispatcher.dispatch(DispatchRequest.of(here,
        category("dispute.marriage_family"), Tier.SIMPLE, Instant.parse("2026-11-24T02:00:00Z")),
        Workload.none());
    assertThat(d.experts()).extracting(Expert::id).containsExactly("psy-1");
    assertThat(d.committee()).map(MediationCommittee::id).contains("cmt-family");
    assertThat(d.explain()).contains("cmt-family").contains("psy-1");
    List<Choice> choices = new ArrayList<>();
    d.reasons().forEach(x -> choices.add(x.choice()));
    assertThat(choices).endsWith(Choice.EXPERT, Choice.COMMITTEE);
    DispatchDecision plain = Dispatcher.builder(index, table).build().dispatch(
        DispatchRequest.of(here, category("dispute.marriage_family"), Tier.SIMPLE,
            Instant.parse("2026-11-24T02:00:00Z")), Workload.none());
    assertThat(plain.experts()).isEmpty();
    assertThat(plain.committee()).isEmpty();
  }
}
