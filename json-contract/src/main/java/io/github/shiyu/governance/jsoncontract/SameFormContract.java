package io.github.shiyu.governance.jsoncontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import io.github.shiyu.governance.jsoncontract.GovernanceModuleContract.Registration;
import io.github.shiyu.governance.jsoncontract.JsonBinding.Failure;
import io.github.shiyu.governance.jsoncontract.JsonBinding.Unreadable;
import io.github.shiyu.governance.jsoncontract.MalformedInputContract.Everything;
import io.github.shiyu.governance.testkit.Mutations;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Two bindings side by side: every generated value is written to the same bytes, and every
 * mutated input reads to the same value or fails with the same code, pointer and messages.
 * Run by governance-jackson3 against governance-jackson (the reference).
 */
// Test code only: QuickTheories and the bindings sit in the unnamed module.
@SuppressWarnings("exports")
public abstract class SameFormContract {

  private final JsonBinding reference = reference();
  private final JsonBinding binding = binding();
  private final JsonBinding.Mapper[] mappers = {reference.display(), binding.display(),
      reference.storage(), binding.storage()};

  /**
   * The reference module (Jackson 2).
   *
   * @return its binding
   */
  protected abstract JsonBinding reference();

  /**
   * The module under test.
   *
   * @return its binding
   */
  protected abstract JsonBinding binding();

  @Test
  public void everyGeneratedValueIsWrittenToTheSameBytes() {
    List<CaseCategory> categories = CategoryTaxonomy.standard().stream().toList();
    Gen<GeoPoint> points = doubles().any().zip(doubles().any(),
        Generate.enumValues(CoordinateSystem.class), (x, y, crs) -> {
          double lon = Double.isFinite(x) ? Math.IEEEremainder(x, 360) / 2 : 0;
          double lat = Double.isFinite(y) ? Math.IEEEremainder(y, 180) / 2 : 0;
          return GeoPoint.of(lon, lat, crs);
        });
    Gen<DeadlinePolicy> policies = integers().between(1, DeadlinePolicy.MAX_AMOUNT)
        .zip(Generate.enumValues(PeriodUnit.class), DeadlinePolicy::new);
    // Chinese, Latin, what JSON escapes, and a character outside the BMP.
    String alphabet = "张三欧阳娜某公司A z\"\\/é€\u00ad\u2028𠀀";
    Gen<String> names = lists().of(integers().between(0, alphabet.codePointCount(0,
            alphabet.length()) - 1)).ofSizeBetween(1, 6)
        .map(picks -> picks.stream().map(i -> Character.toString(alphabet.codePointAt(
            alphabet.offsetByCodePoints(0, i)))).reduce("", String::concat))
        .assuming(n -> !n.isBlank());
    qt().withExamples(400).forAll(points, policies, Generate.pick(categories),
            JsonGenerators.gridCodes())
        .checkAssert((point, policy, category, grid) -> {
          Registration r = new Registration(grid.community(), grid, category, point, policy,
              List.of());
          same(r);
          same(point);
        });
    qt().withExamples(300).forAll(JsonGenerators.residentIds(), JsonGenerators.phones(),
            JsonGenerators.creditCodes(), names)
        .checkAssert((id, phone, code, name) -> {
          same(Party.person(name, PartyRole.PETITIONER).withResidentId(id).withPhone(phone));
          same(Party.organisation(name, code, PartyRole.RESPONDENT).withPhone(phone));
          same(id);
          same(phone);
          same(code);
        });
    qt().withExamples(300).forAll(DeadlineGenerators.deadlines()).checkAssert(d -> {
      same(d);
      d.stops().forEach(this::same);
    });
    same(Division.of(DivisionCode.parse("420106"), "武昌区"));
    same(java.util.Map.of(DivisionCode.parse("420102"), 7));
  }

  @Test
  public void everyGeneratedEventIsWrittenToTheSameBytes() {
    JsonBinding.Events a = reference.events(StandardWorkflows.all());
    JsonBinding.Events b = binding.events(StandardWorkflows.all());
    for (Workflow w : StandardWorkflows.all()) {
      qt().withExamples(60).forAll(longs().between(1546300800L, 1688083200L),
              lists().of(integers().all()).ofSizeBetween(0, 30))
          .checkAssert((start, seeds) -> {
            List<CaseEvent> events = CaseEventJsonContract.history(w, "case-1",
                Instant.ofEpochSecond(start), seeds);
            for (CaseEvent e : events) {
              String row = a.write(e);
              assertThat(b.write(e)).isEqualTo(row);
              assertThat(b.read(e.caseId(), e.sequence(), row)).isEqualTo(e);
            }
          });
    }
  }

  @Test
  public void mutatedValuesGiveTheSameValueOrTheSameError() {
    Mutations mutations = new Mutations(MalformedInputContract.SEED + 1);
    for (int i = 0; i < 6_000; i++) {
      String input = mutations.next(MalformedInputContract.SEEDS);
      assertThat(outcome(binding, mappers[3], input))
          .as("input %d: %s", i, Mutations.shown(input))
          .isEqualTo(outcome(reference, mappers[2], input));
    }
  }

  @Test
  public void mutatedEventsGiveTheSameEventOrTheSameError() {
    JsonBinding.Events a = reference.events(StandardWorkflows.all());
    JsonBinding.Events b = binding.events(StandardWorkflows.all());
    Workflow w = StandardWorkflows.all().get(0);
    List<String> rows = CaseEventJsonContract.history(w, "WO-7",
            Instant.parse("2024-03-01T02:00:00Z"), List.of(1, 2, 3, 4, 5, 6, 7, 8)).stream()
        .map(a::write).toList();
    Mutations mutations = new Mutations(MalformedInputContract.SEED + 2);
    for (int i = 0; i < 4_000; i++) {
      String input = mutations.next(rows);
      assertThat(eventOutcome(binding, b, input)).as("input %d: %s", i, Mutations.shown(input))
          .isEqualTo(eventOutcome(reference, a, input));
    }
  }

  private void same(Object value) {
    try {
      assertThat(mappers[1].write(value)).isEqualTo(mappers[0].write(value));
      assertThat(mappers[3].write(value)).isEqualTo(mappers[2].write(value));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** What reading gives, comparable across bindings. */
  private static Object outcome(JsonBinding b, JsonBinding.Mapper m, String input) {
    Object[] value = new Object[1];
    Throwable t = catchThrowable(() -> value[0] = m.read(input, Everything.class));
    if (t == null) {
      return value[0];
    }
    Failure f = b.failure(t);
    if (f != null) {
      // Jackson's own location and reference chain differ between the libraries.
      return List.of(f.code(), f.pointer(), f.message(), f.english(), f.chinese());
    }
    return b.isJacksonError(t) ? "a Jackson error" : t;
  }

  private static Object eventOutcome(JsonBinding b, JsonBinding.Events codec, String input) {
    Object[] value = new Object[1];
    Throwable t = catchThrowable(() -> value[0] = codec.read(CaseId.of("WO-7"), 1, input));
    if (t == null) {
      return value[0];
    }
    Unreadable u = b.unreadable(t);
    if (u == null) {
      return t;
    }
    // The parser's own description of a syntax error is the library's: the rest is ours.
    return u.message().contains("not JSON or truncated")
        ? List.of(u.code(), u.caseId(), u.sequence())
        : Objects.requireNonNull(u);
  }
}
