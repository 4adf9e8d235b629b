package io.github.shiyu.governance.metrics.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.MetricErrors;
import io.github.shiyu.governance.metrics.internal.Columns;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The columnar way in: a table appended value by value through {@link CaseFactTable.Row},
 * and the CSV and JSON table readers built on it, equal the table built from facts, and
 * refuse what a fact refuses with the same message.
 */
class CaseFactTableRowTest {

  private static final List<DivisionCode> DIVISIONS = Stream.of("150502001001",
      "150502001201", "150502002001", "150521101202", "150521101000", "429006102203")
      .map(DivisionCode::parse).toList();
  private static final List<CaseCategory> CATEGORIES = Stream.of("dispute.labour",
      "dispute.neighbour", "hotline.complaint", "hotline", "dispute")
      .map(CategoryTaxonomy.standard()::require).toList();
  private static final Instant START = Instant.parse("2020-12-31T16:00:00Z");

  /** Random facts with sub-second instants, every optional value sometimes present. */
  static List<CaseFact> facts(long seed, int n) {
    Random r = new Random(seed);
    List<CaseFact> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      DivisionCode division = DIVISIONS.get(r.nextInt(DIVISIONS.size()));
      Instant registered = START.plusSeconds(r.nextInt(3 * 366 * 86_400))
          .plusNanos(r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
      CaseFact.Builder b = CaseFact.builder(CaseId.of("R" + seed + "-" + i),
          CaseType.values()[r.nextInt(CaseType.values().length)],
          CATEGORIES.get(r.nextInt(CATEGORIES.size())), division, registered);
      if (division.level().name().equals("VILLAGE") && r.nextBoolean()) {
        b.grid(GridCode.of(division, 1 + r.nextInt(3)));
      }
      if (r.nextBoolean()) {
        b.departmentId(r.nextBoolean() ? "dept-a" : "dept-b");
      }
      Instant due = registered.plusSeconds(86_400L * r.nextInt(20));
      if (r.nextInt(10) < 7) {
        b.dueAt(due);
      }
      b.responded(r.nextBoolean()).escalated(r.nextInt(5) == 0).repeat(r.nextInt(5) == 0)
          .litigated(r.nextInt(5) == 0).personVisits(1 + r.nextInt(3))
          .returned(r.nextInt(5) == 0).reopened(r.nextInt(5) == 0);
      if (r.nextInt(10) < 8) {
        Instant accepted = registered.plusSeconds(r.nextInt(3)).plusNanos(r.nextInt(1000));
        b.acceptedAt(accepted);
        if (r.nextInt(10) < 7) {
          // around the due instant, to the nanosecond, so on-time is decided by nanos too
          Instant concluded = r.nextBoolean() ? due.plusNanos(r.nextInt(3) - 1)
              : accepted.plusSeconds(r.nextInt(40 * 86_400));
          if (concluded.isBefore(accepted)) {
            concluded = accepted;
          }
          b.concludedAt(concluded);
          boolean resolved = r.nextBoolean();
          b.resolved(resolved).judicialConfirmation(resolved && r.nextBoolean())
              .followedUp(r.nextBoolean());
          if (r.nextBoolean()) {
            b.closedAt(concluded.plusSeconds(r.nextInt(86_400)));
          }
          if (r.nextBoolean()) {
            b.rating(Rating.values()[r.nextInt(3)]).solved(r.nextBoolean());
          }
        }
      }
      int experts = r.nextInt(4);
      if (experts > 0) {
        b.experts(experts == 1 ? List.of("psychology")
            : experts == 2 ? List.of("lawyer", "psychology") : List.of("legal_consultation"));
      }
      out.add(b.build());
    }
    return out;
  }

  /** Appends a fact's values through the row, as a reader of columns would. */
  static void append(CaseFactTable.Row row, CaseFact f, boolean asText) {
    Subject s = f.subject();
    Timeline t = f.timeline();
    Handling h = f.handling();
    Outcome o = f.outcome();
    row.caseId(s.id().value()).type(s.type());
    if (asText) {
      row.category(s.category().code()).division(s.division().value());
      s.grid().ifPresent(g -> row.grid(g.value()));
    } else {
      row.category(s.category()).division(s.division());
      s.grid().ifPresent(row::grid);
    }
    Instant reg = t.registeredAt();
    if (reg.getNano() == 0 && asText) {
      row.registeredAt(reg.getEpochSecond());
    } else {
      row.registeredAt(reg.getEpochSecond(), reg.getNano());
    }
    t.acceptedAt().ifPresent(row::acceptedAt);
    t.dueAt().ifPresent(at -> row.dueAt(at.getEpochSecond(), at.getNano()));
    t.concludedAt().ifPresent(row::concludedAt);
    t.closedAt().ifPresent(at -> row.closedAt(at.getEpochSecond(), at.getNano()));
    h.department().ifPresent(row::department);
    o.rating().ifPresent(row::rating);
    row.resolved(o.resolved()).judicialConfirmation(o.judicialConfirmation())
        .solved(o.solved()).responded(h.responded()).followedUp(o.followedUp())
        .reopened(h.reopened()).returned(h.returned()).escalated(h.escalated())
        .repeat(s.repeat()).litigated(o.litigated()).personVisits(s.personVisits());
    if (!h.experts().isEmpty()) {
      row.experts(h.experts());
    }
    row.append();
  }

  /** Every column and dictionary equal, over the rows in use. */
  static boolean same(CaseFactTable x, CaseFactTable y) {
    Columns a = (Columns) x;
    Columns b = (Columns) y;
    int n = a.size;
    return n == b.size && a.categories.equals(b.categories)
        && a.divisions.equals(b.divisions) && a.grids.equals(b.grids)
        && a.departments.equals(b.departments)
        && Arrays.equals(a.type, 0, n, b.type, 0, n)
        && Arrays.equals(a.category, 0, n, b.category, 0, n)
        && Arrays.equals(a.division, 0, n, b.division, 0, n)
        && sameOrBothAbsent(a.grid, b.grid, n) && sameOrBothAbsent(a.department, b.department, n)
        && sameOrBothAbsent(a.visits, b.visits, n)
        && Arrays.equals(a.registered, 0, n, b.registered, 0, n)
        && Arrays.equals(a.due, 0, n, b.due, 0, n)
        && Arrays.equals(a.concluded, 0, n, b.concluded, 0, n)
        && Arrays.equals(a.bits, 0, n, b.bits, 0, n);
  }

  private static boolean sameOrBothAbsent(int[] a, int[] b, int n) {
    return a == null ? b == null : b != null && Arrays.equals(a, 0, n, b, 0, n);
  }

  @Test
  void aTableAppendedByRowEqualsTheTableOfTheFacts() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 60), integers().between(0, 1))
        .check((seed, n, text) -> {
          List<CaseFact> facts = facts(seed, n);
          CaseFactTable.Builder b = CaseFactTable.builder(4);
          facts.forEach(f -> append(b.row(), f, text == 1));
          return same(b.build(), CaseFactTable.of(facts));
        });
  }

  @Test
  void csvAndJsonTablesEqualTheTablesOfTheFactsRead() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 40))
        .check((seed, n) -> {
          List<CaseFact> facts = facts(seed, n);
          String csv = CaseFactFormat.toCsv(facts);
          String json = CaseFactFormat.toJson(facts);
          return CaseFactFormat.readCsv(new StringReader(csv)).equals(facts)
              && same(CaseFactFormat.readCsvTable(new StringReader(csv)), CaseFactTable.of(facts))
              && same(CaseFactFormat.readJsonTable(new StringReader(json)),
                  CaseFactTable.of(facts));
        });
  }

  /** The fact builder's message for a contradiction, or empty if it builds. */
  private static Optional<String> builderMessage(CaseFact.Builder b) {
    Throwable t = catchThrowable(b::build);
    return Optional.ofNullable(t).map(Throwable::getMessage);
  }

  private static Optional<String> rowMessage(CaseFact.Builder b, UnaryOperator<CaseFactTable.Row> breakIt) {
    CaseFactTable.Builder table = CaseFactTable.builder(1);
    CaseFactTable.Row row = table.row();
    Throwable t = catchThrowable(() -> {
      // the valid fact's values, then the contradiction
      CaseFact valid = b.build();
      Subject s = valid.subject();
      row.caseId(s.id().value()).type(s.type()).category(s.category()).division(s.division())
          .registeredAt(valid.timeline().registeredAt());
      breakIt.apply(row).append();
    });
    return Optional.ofNullable(t).map(Throwable::getMessage);
  }

  @Test
  void aRowRefusesWhatAFactRefusesWithTheSameMessage() {
    Instant reg = Instant.parse("2022-03-01T00:00:00Z");
    Instant before = reg.minusNanos(1);
    DivisionCode village = DIVISIONS.get(0);
    GridCode elsewhere = GridCode.of(DIVISIONS.get(2), 1);
    CaseFact.Builder ok = CaseFact.builder(CaseId.of("X1"), CaseType.DISPUTE,
        CATEGORIES.get(0), village, reg);
    record Case(UnaryOperator<CaseFact.Builder> fact, UnaryOperator<CaseFactTable.Row> row) { }
    List<Case> cases = List.of(
        new Case(b -> b.acceptedAt(before), r -> r.acceptedAt(before)),
        new Case(b -> b.dueAt(before), r -> r.dueAt(before)),
        new Case(b -> b.acceptedAt(reg).concludedAt(before), r -> r.acceptedAt(reg).concludedAt(before)),
        new Case(b -> b.concludedAt(reg), r -> r.concludedAt(reg)),
        new Case(b -> b.closedAt(reg), r -> r.closedAt(reg)),
        new Case(b -> b.acceptedAt(reg).concludedAt(reg.plusSeconds(5)).closedAt(reg.plusSeconds(4)),
            r -> r.acceptedAt(reg).concludedAt(reg.plusSeconds(5)).closedAt(reg.plusSeconds(4))),
        new Case(b -> b.resolved(true), r -> r.resolved(true)),
        new Case(b -> b.followedUp(true), r -> r.followedUp(true)),
        new Case(b -> b.judicialConfirmation(true), r -> r.judicialConfirmation(true)),
        new Case(b -> b.personVisits(0), r -> r.personVisits(0)),
        new Case(b -> b.departmentId(" "), r -> r.department(" ")),
        new Case(b -> b.grid(elsewhere), r -> r.grid(elsewhere)));
    for (Case c : cases) {
      Optional<String> expected = builderMessage(c.fact().apply(ok.build().toBuilder()));
      assertThat(expected).as("the fact refuses it").isPresent();
      assertThat(rowMessage(ok, c.row())).isEqualTo(expected);
    }
    // and the row is cleared by a refused append: the next one starts empty
    CaseFactTable.Builder table = CaseFactTable.builder(1);
    catchThrowable(() -> table.row().caseId("X2").type(CaseType.DISPUTE)
        .category("dispute.labour").division(village).registeredAt(reg).resolved(true)
        .append());
    Throwable missing = catchThrowable(() -> table.row().append());
    assertThat(missing).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("row 1").hasMessageContaining("no type");
    assertThat(((InvalidValueException) missing).code()).isEqualTo(MetricErrors.FACT);
    assertThat(table.build().size()).isZero();
  }

  @Test
  void theUsualInstantFormsAreReadAsJavaTimeReadsThem() {
    qt().withExamples(2000).forAll(longs().between(-1_000_000_000L, 8_000_000_000L),
        integers().between(0, 999_999_999), integers().between(0, 7),
        integers().between(-18 * 4, 18 * 4)).check((second, nano, form, quarters) -> {
          Instant at = Instant.ofEpochSecond(second, form % 2 == 0 ? 0 : nano);
          ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarters * 900);
          String text = switch (form / 2) {
            case 0 -> at.toString();
            case 1 -> OffsetDateTime.ofInstant(at, offset).toString();
            case 2 -> LocalDateTime.ofInstant(at, WorkCalendar.ZONE).toString();
            default -> LocalDateTime.ofInstant(at, WorkCalendar.ZONE).toString().replace('T', ' ');
          };
          Optional<Instant> fast = CaseFactFormat.IsoInstants.read(text);
          return fast.isEmpty() || fast.get().equals(slow(text));
        });
  }

  @Test
  void theUsualInstantFormsTakeTheFastWay() {
    for (String s : List.of("2022-03-01T09:30:00Z", "2022-03-01 09:30:00",
        "2024-02-29T23:59:59.123456789+08:00", "2022-03-01T09:30:00.5-05:30")) {
      assertThat(CaseFactFormat.IsoInstants.read(s)).as(s).contains(slow(s));
    }
    for (String s : List.of("2022-02-29T00:00:00Z", "2022-03-01T24:00:00Z",
        "1985-07-01T00:00:00", "2022-03-01T09:30Z", "2022-03-01T09:30:00z")) {
      assertThat(CaseFactFormat.IsoInstants.read(s)).as(s).isEmpty();
    }
  }

  private static Instant slow(String value) {
    String s = value.replace(' ', 'T');
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException notUtc) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException noOffset) {
        return LocalDateTime.parse(s).atZone(WorkCalendar.ZONE).toInstant();
      }
    }
  }
}
