package io.github.shiyu.governance.people;

import static io.github.shiyu.governance.people.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.core.GovernanceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code toString} and exception message the module produces for generated persons,
 * scanned for their names, resident ids, phone numbers and legal bases, and for anything that
 * looks like an id number or a mobile number.
 */
class SensitiveTextTest {

  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  @Test
  void nothingSensitiveInTextsOrErrors() {
    Random random = new Random(42);
    List<SupervisedPerson> persons = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    SupervisionRegister register = SupervisionRegister.inMemory();
    for (int i = 0; i < 40; i++) {
      SupervisedPerson p = Fixtures.person(random, i);
      persons.add(p);
      texts.add(p.toString());
      texts.add(p.party().toString());
      texts.add(register.enrol(p, "office", NOW, "e" + i).toString());
      texts.add(register.changeLevel(p.id(), 1, p.level(), "reason " + p.legalBasis(), "office",
          NOW, "l" + i).toString());
      texts.add(register.require(p.id()).toString());
      texts.add(new SupervisionChange.Enrolment(p).toString());
      texts.add(errorOf(() -> register.enrol(p, "office", NOW, "other" + p.id())));
      texts.add(errorOf(() -> register.changeLevel(p.id(), 9, p.level(), p.legalBasis(), "o",
          NOW, "x" + p.id())));
      texts.add(errorOf(() -> p.withEnd(p.start().minusDays(1))));
      AccessPolicy access = AccessPolicy.standard();
      texts.add(errorOf(() -> access.read(Viewer.gridWorker("gw-x", p.grid()), p,
          PersonField.LEGAL_BASIS, "查看", NOW)));
      access.log().forEach(e -> texts.add(e.toString()));
      texts.add(errorOf(() -> SupervisedPerson.of(p.id(), p.party(), p.category(), p.level(),
          p.grid(), " ", p.start(), p.end(), p.legalBasis())));
    }
    texts.add(errorOf(() -> PersonId.of(persons.get(0).party().name())));
    VisitMonitor monitor = VisitMonitor.of(VisitPolicy.defaults(),
        io.github.shiyu.governance.core.time.WorkCalendar.china());
    monitor.check(register.records(), List.of(), LocalDate.of(2026, 3, 31), 7)
        .forEach(d -> texts.add(d.toString()));

    for (String text : texts) {
      assertThat(ID_NUMBER.matcher(text).find()).as("id number in %s", text).isFalse();
      assertThat(MOBILE.matcher(text).find()).as("phone in %s", text).isFalse();
      for (SupervisedPerson p : persons) {
        assertThat(text).doesNotContain(p.party().name(), p.legalBasis(),
            p.party().residentId().orElseThrow().reveal(), p.party().phone().orElseThrow().reveal());
      }
    }
  }

  private static String errorOf(Runnable action) {
    try {
      action.run();
    } catch (GovernanceException e) {
      return e.getMessage() + " | " + e.getLocalizedMessage() + " | " + e.localizedMessage(Locale.CHINA) + " | " + e.arguments();
    }
    throw new AssertionError("expected an error");
  }
}
