package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Generated persons under supervision, deterministic from a seed. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
  static final DivisionCode COMMUNITY = DivisionCode.parse("370705001001");
  static final List<CaseCategory> NONCUSTODIAL = List.of(PopulationTaxonomy.BAIL,
      PopulationTaxonomy.RESIDENTIAL_SURVEILLANCE, PopulationTaxonomy.PAROLE_PROBATION,
      PopulationTaxonomy.TEMPORARY_OUTSIDE, PopulationTaxonomy.CONTROL,
      PopulationTaxonomy.SENTENCED_NOT_EXECUTED, PopulationTaxonomy.COMMUNITY_DETOX);
  static final List<CaseCategory> NONCUSTODIAL_LEVELS = List.of(PopulationTaxonomy.STRICT,
      PopulationTaxonomy.ORDINARY, PopulationTaxonomy.LENIENT);
  static final List<CaseCategory> MINOR_LEVELS = List.of(PopulationTaxonomy.MINOR_ONE,
      PopulationTaxonomy.MINOR_TWO, PopulationTaxonomy.MINOR_THREE, PopulationTaxonomy.MINOR_FOUR);
  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

  private Fixtures() {
  }

  static String name(Random random) {
    return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
        + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
  }

  static ResidentId residentId(Random random, boolean minor) {
    int year = minor ? 2009 + random.nextInt(8) : 1965 + random.nextInt(35);
    String first17 = String.format("370705%04d%02d%02d%03d", year, 1 + random.nextInt(12),
        1 + random.nextInt(28), random.nextInt(1000));
    return ResidentId.parse(first17 + ResidentId.checkCharacterOf(first17));
  }

  static PhoneNumber phone(Random random) {
    return PhoneNumber.parse(String.format("139%08d", random.nextInt(100_000_000)));
  }

  static GridCode grid(int n) {
    return GridCode.of(COMMUNITY, 1 + n);
  }

  static SupervisedPerson person(Random random, int n) {
    boolean minor = random.nextInt(4) == 0;
    Party party = Party.person(name(random), PartyRole.THIRD_PARTY)
        .withResidentId(residentId(random, minor)).withPhone(phone(random));
    CaseCategory category = minor ? PopulationTaxonomy.KEY_MINOR
        : NONCUSTODIAL.get(random.nextInt(NONCUSTODIAL.size()));
    CaseCategory level = minor ? MINOR_LEVELS.get(random.nextInt(4))
        : NONCUSTODIAL_LEVELS.get(random.nextInt(3));
    LocalDate start = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(240));
    String legalBasis = "判决书(2025)鲁0705刑初" + (100 + n) + "号";
    SensitiveTextGuard.sensitive(party.name());
    SensitiveTextGuard.sensitive(party.residentId().orElseThrow().reveal());
    SensitiveTextGuard.sensitive(party.phone().orElseThrow().reveal());
    SensitiveTextGuard.sensitive(legalBasis);
    return SupervisedPerson.of(PersonId.of(String.format("KW-%04d", n)), party, category, level,
        grid(random.nextInt(5)), "gw-" + random.nextInt(5), start,
        start.plusMonths(6 + random.nextInt(30)), legalBasis);
  }

  /** A finding about a named resident: sensitive, registered with the guard. */
  static String finding(Random random) {
    String text = name(random) + "家中" + List.of("漏水", "纠纷", "独居老人需照料", "楼道堆物")
        .get(random.nextInt(4)) + "，电话" + phone(random).reveal();
    SensitiveTextGuard.sensitive(text);
    return text;
  }

  /** The texts of an expected error, scanned by the guard. */
  static String errorOf(Runnable action) {
    try {
      action.run();
    } catch (io.github.shiyu.governance.core.GovernanceException e) {
      SensitiveTextGuard.seen(e);
      return e.getMessage() + " | " + e.localizedMessage(java.util.Locale.CHINA) + " | "
          + e.arguments();
    }
    throw new AssertionError("expected an error");
  }
}
