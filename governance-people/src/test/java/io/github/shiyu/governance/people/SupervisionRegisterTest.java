package io.github.shiyu.governance.people;

import static io.github.shiyu.governance.people.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static io.github.shiyu.governance.people.SensitiveTextGuard.thrownBy;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SensitiveTextGuard.class)
class SupervisionRegisterTest {

  private final SupervisedPerson person = Fixtures.person(new Random(1), 1);

  @Test
  void levelChangesAreEventsWithVersions() {
    SupervisionRegister register = SupervisionRegister.inMemory();
    register.enrol(person, "judicial-office", NOW, "enrol-1");
    SupervisionEvent e = register.changeLevel(person.id(), 1, PopulationTaxonomy.levels()
        .require(person.category().equals(PopulationTaxonomy.KEY_MINOR) ? "level.minor.one"
            : "level.noncustodial.strict"), "未按时报到", "judicial-office", NOW.plusSeconds(60), "lvl-1");
    assertThat(e.sequence()).isEqualTo(2);
    assertThat(register.require(person.id()).version()).isEqualTo(2);
    assertThat(register.history(person.id())).hasSize(2);
  }

  @Test
  void theSameKeyRecordsOnce() {
    SupervisionRegister register = SupervisionRegister.inMemory();
    register.enrol(person, "judicial-office", NOW, "enrol-1");
    assertThat(register.enrol(person, "judicial-office", NOW, "enrol-1").sequence()).isEqualTo(1);
    SupervisionEvent first = register.changeLevel(person.id(), 1, PopulationTaxonomy.LENIENT,
        "表现良好", "judicial-office", NOW, "lvl-1");
    SupervisionEvent again = register.changeLevel(person.id(), 1, PopulationTaxonomy.LENIENT,
        "表现良好", "judicial-office", NOW, "lvl-1");
    assertThat(again).isSameAs(first);
    assertThat(register.require(person.id()).version()).isEqualTo(2);
  }

  @Test
  void aStaleVersionIsRejected() {
    SupervisionRegister register = SupervisionRegister.inMemory();
    register.enrol(person, "judicial-office", NOW, "enrol-1");
    register.changeLevel(person.id(), 1, PopulationTaxonomy.LENIENT, "r", "a", NOW, "k1");
    thrownBy(() -> register.changeLevel(person.id(), 1, PopulationTaxonomy.STRICT,
        "r", "a", NOW, "k2")).isInstanceOf(InvalidValueException.class)
        .extracting(t -> ((GovernanceException) t).code()).isEqualTo(PeopleErrors.VERSION);
  }

  @Test
  void nothingChangesAfterTheEnd() {
    SupervisionRegister register = SupervisionRegister.inMemory();
    register.enrol(person, "judicial-office", NOW, "enrol-1");
    register.end(person.id(), 1, LocalDate.of(2026, 3, 1), "期满解除", "judicial-office", NOW, "end-1");
    assertThat(register.require(person.id()).isEnded()).isTrue();
    thrownBy(() -> register.changeLevel(person.id(), 2, PopulationTaxonomy.STRICT,
        "r", "a", NOW, "k2")).extracting(t -> ((GovernanceException) t).code())
        .isEqualTo(PeopleErrors.ENDED);
  }

  @Test
  void typedErrors() {
    SupervisionRegister register = SupervisionRegister.inMemory();
    thrownBy(() -> register.require(PersonId.of("KW-9999")))
        .isInstanceOf(MissingDataException.class);
    thrownBy(() -> PersonId.of("")).isInstanceOf(InvalidValueException.class);
    thrownBy(() -> SupervisedPerson.of(person.id(),
        Party.organisation("某公司", PartyRole.THIRD_PARTY), person.category(), person.level(),
        person.grid(), "gw-1", person.start(), person.end(), "x"))
        .extracting(t -> ((GovernanceException) t).code()).isEqualTo(PeopleErrors.NOT_A_PERSON);
    thrownBy(() -> person.withLevel(CaseCategory.of("dispute", "纠纷", "Dispute")))
        .extracting(t -> ((GovernanceException) t).code()).isEqualTo(PeopleErrors.CATEGORY);
    thrownBy(() -> person.withEnd(person.start().minusDays(1)))
        .extracting(t -> ((GovernanceException) t).code()).isEqualTo(PeopleErrors.PERIOD);
  }

  @Test
  void taxonomiesAreStandardAndExtensible() {
    assertThat(PopulationTaxonomy.categories().children(PopulationTaxonomy.NONCUSTODIAL))
        .hasSize(7);
    assertThat(PopulationTaxonomy.levels().children(PopulationTaxonomy.MINOR_LEVEL)).hasSize(4);
    CaseCategory extra = CaseCategory.of("population.noncustodial.bail.juvenile", "未成年取保",
        "Juvenile bail");
    assertThat(PopulationTaxonomy.categories().with(extra).lineage(extra)).hasSize(4);
  }
}
