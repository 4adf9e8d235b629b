package io.github.shiyu.governance.people;

import static io.github.shiyu.governance.people.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Generated (role, scope, category, field) combinations against the written table. */
class AccessPolicyTest {

  /** The written table of ADR 0016, independently of the implementation. */
  private static boolean table(Viewer.Role role, boolean inScope, PersonField field) {
    return switch (role) {
      case SUPERVISING_OFFICE -> true;
      case DEPARTMENT -> inScope;
      case GRID_WORKER -> inScope && field != PersonField.RESIDENT_ID
          && field != PersonField.LEGAL_BASIS;
    };
  }

  @Test
  void combinationsFollowTheTableAndEveryReadIsLogged() {
    qt().withExamples(500).forAll(longs().all(), integers().between(0, 2), integers().between(0, 6),
        integers().between(0, 1)).checkAssert((seed, r, f, same) -> {
          SupervisedPerson p = Fixtures.person(new Random(seed), 1);
          Viewer.Role role = Viewer.Role.values()[r];
          PersonField field = PersonField.values()[f];
          boolean inScope = same == 1;
          Viewer viewer = switch (role) {
            case GRID_WORKER -> Viewer.gridWorker("u1", inScope ? p.grid()
                : Fixtures.grid(p.grid().sequence() % 5 + 1));
            case DEPARTMENT -> Viewer.department("u1", inScope ? p.category()
                : (p.category().equals(PopulationTaxonomy.KEY_MINOR) ? PopulationTaxonomy.NONCUSTODIAL
                    : PopulationTaxonomy.KEY_MINOR));
            case SUPERVISING_OFFICE -> Viewer.office("u1");
          };
          AccessPolicy access = AccessPolicy.standard();
          boolean expected = table(role, inScope || role == Viewer.Role.SUPERVISING_OFFICE, field);
          assertThat(access.permits(viewer, p, field)).isEqualTo(expected);
          if (expected) {
            assertThat(access.read(viewer, p, field, "走访", NOW)).isNotNull();
          } else {
            assertThatThrownBy(() -> access.read(viewer, p, field, "走访", NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(t -> ((GovernanceException) t).code())
                .isEqualTo(PeopleErrors.ACCESS_DENIED);
          }
          assertThat(access.log()).singleElement().satisfies(e -> {
            assertThat(e.viewer()).isEqualTo("u1");
            assertThat(e.person()).isEqualTo(p.id());
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.granted()).isEqualTo(expected);
          });
        });
  }

  @Test
  void aDepartmentSeesItsCategoryAndBelow() {
    SupervisedPerson p = Fixtures.person(new Random(5), 5);
    Viewer parent = Viewer.department("d", PopulationTaxonomy.POPULATION);
    assertThat(AccessPolicy.standard().permits(parent, p, PersonField.LEGAL_BASIS)).isTrue();
  }
}
