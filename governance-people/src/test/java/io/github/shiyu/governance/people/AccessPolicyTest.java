package io.github.shiyu.governance.people;

import static io.github.shiyu.governance.people.Fixtures.NOW;
import static io.github.shiyu.governance.people.SensitiveTextGuard.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.party.Party;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Generated (role, division, category, field) combinations against the written table of ADR
 * 0016, every read logged, every refusal typed and logged.
 */
@ExtendWith(SensitiveTextGuard.class)
class AccessPolicyTest {

  /** Where the viewer's area lies relative to the person's grid. */
  enum Area { NONE, CONTAINS, ELSEWHERE }

  /**
   * The written table of ADR 0016, independently of the implementation:
   *
   * <pre>
   * role               persons                                        fields
   * GRID_WORKER        own grid                                       all but RESIDENT_ID, LEGAL_BASIS
   * DEPARTMENT         own category and below, within its area if any all
   * SUPERVISING_OFFICE all, within its area if any                    all
   * </pre>
   */
  private static boolean table(Viewer.Role role, boolean ownGrid, boolean ownCategory, Area area,
      PersonField field) {
    return switch (role) {
      case GRID_WORKER -> ownGrid && field != PersonField.RESIDENT_ID
          && field != PersonField.LEGAL_BASIS;
      case DEPARTMENT -> ownCategory && area != Area.ELSEWHERE;
      case SUPERVISING_OFFICE -> area != Area.ELSEWHERE;
    };
  }

  @Test
  void combinationsFollowTheTableAndEveryReadIsLogged() {
    qt().withExamples(1000).forAll(longs().all(), integers().between(0, 2),
        integers().between(0, 6), integers().between(0, 5))
        .checkAssert((seed, r, f, ownAndArea) -> {
          int own = ownAndArea % 2;
          int a = ownAndArea / 2;
          Random random = new Random(seed);
          SupervisedPerson p = Fixtures.person(random, 1);
          Viewer.Role role = Viewer.Role.values()[r];
          PersonField field = PersonField.values()[f];
          boolean mine = own == 1;
          Area area = role == Viewer.Role.GRID_WORKER ? Area.NONE : Area.values()[a];
          Viewer viewer = switch (role) {
            case GRID_WORKER -> Viewer.gridWorker("u1", mine ? p.grid()
                : Fixtures.grid(p.grid().sequence() % 5 + 1));
            case DEPARTMENT -> Viewer.department("u1", mine ? ownCategory(p, random)
                : otherCategory(p, random));
            case SUPERVISING_OFFICE -> Viewer.office("u1");
          };
          viewer = switch (area) {
            case NONE -> viewer;
            case CONTAINS -> viewer.within(p.grid().community().ancestorAt(
                DivisionLevel.values()[random.nextInt(DivisionLevel.values().length)]));
            case ELSEWHERE -> viewer.within(List.of(DivisionCode.parse("370705001002"),
                DivisionCode.parse("370705002000"), DivisionCode.parse("370702"),
                DivisionCode.parse("440000")).get(random.nextInt(4)));
          };
          boolean expected = table(role, mine, mine, area, field);
          AccessPolicy access = AccessPolicy.standard();
          assertThat(access.permits(viewer, p, field)).isEqualTo(expected);
          Viewer v = viewer;
          if (expected) {
            assertThat(access.read(v, p, field, "走访", NOW)).isNotNull();
            assertThat(access.visible(v, List.of(SupervisionRecord.start(SupervisionEvent.of(
                p.id(), 1, NOW, new SupervisionChange.Enrolment(p), "r", "a", "k"))))).contains(p);
          } else {
            thrownBy(() -> access.read(v, p, field, "走访", NOW))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                  assertThat(e.code()).isEqualTo(PeopleErrors.ACCESS_DENIED);
                  assertThat(e.viewer()).isEqualTo("u1");
                  assertThat(e.person()).isEqualTo(p.id());
                  assertThat(e.field()).isEqualTo(field);
                });
          }
          assertThat(access.log()).singleElement().satisfies(e -> {
            assertThat(e.viewer()).isEqualTo("u1");
            assertThat(e.person()).isEqualTo(p.id());
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.purpose()).isEqualTo("走访");
            assertThat(e.at()).isEqualTo(NOW);
            assertThat(e.granted()).isEqualTo(expected);
          });
        });
  }

  private static CaseCategory ownCategory(SupervisedPerson p, Random random) {
    List<CaseCategory> lineage = PopulationTaxonomy.categories().lineage(p.category());
    return lineage.get(random.nextInt(lineage.size()));
  }

  private static CaseCategory otherCategory(SupervisedPerson p, Random random) {
    List<CaseCategory> others = PopulationTaxonomy.categories().stream()
        .filter(c -> !PopulationTaxonomy.categories().lineage(p.category()).contains(c))
        .toList();
    return others.get(random.nextInt(others.size()));
  }

  @Test
  void aGridWorkerSeesTheCategoryButNotTheLegalDetails() {
    SupervisedPerson p = Fixtures.person(new Random(5), 5);
    AccessPolicy access = AccessPolicy.standard();
    Viewer worker = Viewer.gridWorker("gw-1", p.grid());
    assertThat(access.read(worker, p, PersonField.CATEGORY, "走访", NOW))
        .isEqualTo(p.category().code());
    thrownBy(() -> access.read(worker, p, PersonField.LEGAL_BASIS, "走访", NOW))
        .isInstanceOf(AccessDeniedException.class);
    thrownBy(() -> access.read(worker, p, PersonField.RESIDENT_ID, "走访", NOW))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(access.log()).extracting(AccessPolicy.AccessEntry::granted)
        .containsExactly(true, false, false);
  }

  @Test
  void theSensitiveFieldsHaveNoPublicAccessor() {
    List<Method> open = Arrays.stream(SupervisedPerson.class.getMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .filter(m -> m.getReturnType() == Party.class || m.getName().equals("legalBasis")
            || m.getName().equals("party"))
        .toList();
    assertThat(open).isEmpty();
  }

  @Test
  void aBlankPurposeIsRefusedBeforeAnything() {
    SupervisedPerson p = Fixtures.person(new Random(6), 6);
    AccessPolicy access = AccessPolicy.standard();
    thrownBy(() -> access.read(Viewer.office("o"), p, PersonField.NAME, " ", NOW))
        .extracting(t -> ((io.github.shiyu.governance.core.GovernanceException) t).code())
        .isEqualTo(PeopleErrors.BLANK);
    assertThat(access.log()).isEmpty();
  }
}
