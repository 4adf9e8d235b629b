package io.github.shiyu.governance.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.metrics.assessment.Ranking;
import io.github.shiyu.governance.metrics.assessment.Score;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.fact.CaseFactTable;
import io.github.shiyu.governance.metrics.fact.Handling;
import io.github.shiyu.governance.metrics.fact.Outcome;
import io.github.shiyu.governance.metrics.fact.Subject;
import io.github.shiyu.governance.metrics.fact.Timeline;
import io.github.shiyu.governance.metrics.report.Dimension;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import io.github.shiyu.governance.metrics.report.Slice;
import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The API rules of issue 11 for this module: one exception rule, no Optional fields. */
class ApiRulesTest {

  private static final Instant T = Instant.parse("2022-03-01T00:00:00Z");
  private static final DivisionCode VILLAGE = DivisionCode.parse("150502001001");

  private static void fails(Executable e, ErrorCode code) {
    assertThatThrownBy(e::execute).isInstanceOfSatisfying(InvalidValueException.class, x -> {
      assertThat(x.code()).isEqualTo(code);
      assertThat(x.localizedMessage(Locale.CHINESE)).isNotEqualTo(x.getMessage());
    });
  }

  @Test
  void argumentErrorsAreInvalidValueExceptionsWithCodes() {
    fails(() -> MetricValue.of("m", MetricUnit.PERCENT, -1, 2, java.math.BigDecimal.ONE),
        MetricErrors.VALUE);
    fails(() -> MetricValue.of("m", MetricUnit.PERCENT, 0, 0, java.math.BigDecimal.ONE),
        MetricErrors.VALUE);
    fails(() -> new Ranking.Entry(0, Score.undefined("A", List.of()), "none"),
        MetricErrors.RANK);
    fails(() -> Dimension.divisionRollUp(DivisionLevel.PROVINCE, DivisionLevel.VILLAGE),
        MetricErrors.DIMENSION);
    ReportSpec spec = ReportSpec.builder().metrics(MetricSet.standard())
        .periods(Period.parse("2022-03"), Period.parse("2022-03")).build();
    CaseFactTable.Builder b = CaseFactTable.builder(1);
    CaseFactTable table = b.build();
    fails(b::build, MetricErrors.TABLE_BUILT);
    fails(() -> b.add(fact().build()), MetricErrors.TABLE_BUILT);
    fails(() -> spec.accumulate(table, Executors.newSingleThreadExecutor(), 0),
        MetricErrors.SPEC);
    fails(() -> spec.accumulate(table).addAll(table, 0, 1), MetricErrors.ROWS);
  }

  private static CaseFact.Builder fact() {
    return CaseFact.builder(CaseId.of("X"), CaseType.DISPUTE,
        CategoryTaxonomy.standard().require("dispute.labour"), VILLAGE, T);
  }

  @Test
  void thePartsOfAFactCheckTheirOwnRules() {
    Timeline t = Timeline.of(T);
    fails(() -> t.withConcludedAt(T), MetricErrors.FACT);
    Timeline concluded = t.withAcceptedAt(T).withConcludedAt(T.plusSeconds(60));
    assertThat(concluded.concludedOnTime()).isTrue();
    fails(concluded::withoutAcceptedAt, MetricErrors.FACT);
    fails(() -> concluded.withClosedAt(T), MetricErrors.FACT);
    assertThat(concluded.withClosedAt(T.plusSeconds(60)).closedAt())
        .contains(T.plusSeconds(60));
    fails(() -> Outcome.none().withJudicialConfirmation(true), MetricErrors.FACT);
    assertThat(Outcome.none().withRating(Rating.SATISFIED).withoutRating())
        .isEqualTo(Outcome.none());
    fails(() -> Handling.none().withDepartmentId(" "), MetricErrors.FACT);
    Department hr = Department.of("hr-150502", "科尔沁区人社局", DivisionCode.parse("150502"));
    assertThat(Handling.none().withDepartment(hr).department()).contains("hr-150502");
    Subject s = Subject.of(CaseId.of("X"), CaseType.DISPUTE,
        CategoryTaxonomy.standard().require("dispute"), VILLAGE);
    fails(() -> s.withGrid(GridCode.of(DivisionCode.parse("150502002001"), 1)),
        MetricErrors.FACT);
    fails(() -> s.withPersonVisits(0), MetricErrors.FACT);
    // the rules between parts, named with the case
    assertThatThrownBy(() -> new CaseFact(s, t, Handling.none(),
        Outcome.none().withResolved(true)))
        .hasMessageContaining("case fact X: resolved but not concluded");
    assertThatThrownBy(() -> fact().concludedAt(T).build())
        .hasMessageContaining("case fact X: concluded but never accepted");
    // the builder and the parts make the same fact
    CaseFact built = fact().acceptedAt(T).concludedAt(T).resolved(true).department(hr)
        .grid(GridCode.of(VILLAGE, 2)).rating(Rating.SATISFIED).build();
    CaseFact composed = new CaseFact(
        Subject.of(CaseId.of("X"), CaseType.DISPUTE,
            CategoryTaxonomy.standard().require("dispute.labour"), VILLAGE)
            .withGrid(GridCode.of(VILLAGE, 2)),
        t.withAcceptedAt(T).withConcludedAt(T), Handling.none().withDepartment(hr),
        Outcome.none().withResolved(true).withRating(Rating.SATISFIED));
    assertThat(built).isEqualTo(composed).hasSameHashCodeAs(composed);
    assertThat(built.toBuilder().withoutGrid().withoutDepartment().withoutRating().build()
        .subject().grid()).isEmpty();
    assertThat(Slice.all().withPeriod(Period.parse("2022-03")).withoutPeriod())
        .isEqualTo(Slice.all());
  }

  /** Every class of the module's exported packages. */
  private static List<Class<?>> exportedClasses() throws IOException, ClassNotFoundException {
    Module module = MetricErrors.class.getModule();
    Set<String> exported = module.getDescriptor().exports().stream()
        .map(e -> e.source()).collect(java.util.stream.Collectors.toSet());
    List<Class<?>> out = new ArrayList<>();
    try (ModuleReader reader = module.getLayer().configuration()
        .findModule(module.getName()).orElseThrow().reference().open();
        Stream<String> names = reader.list()) {
      for (String name : names.toList()) {
        if (!name.endsWith(".class") || name.endsWith("module-info.class")) {
          continue;
        }
        String cls = name.substring(0, name.length() - 6).replace('/', '.');
        String pkg = cls.substring(0, cls.lastIndexOf('.'));
        if (exported.contains(pkg)) {
          out.add(Class.forName(cls, false, MetricErrors.class.getClassLoader()));
        }
      }
    }
    return out;
  }

  @Test
  void noOptionalComponentsOrParametersInExportedApi() throws Exception {
    List<Class<?>> classes = exportedClasses();
    assertThat(classes).contains(CaseFact.class, Slice.class, Score.class);
    List<String> offenders = new ArrayList<>();
    for (Class<?> c : classes) {
      if (!Modifier.isPublic(c.getModifiers())) {
        continue;
      }
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          if (rc.getType() == Optional.class) {
            offenders.add(c.getName() + "." + rc.getName());
          }
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && List.of(m.getParameterTypes()).contains(Optional.class)) {
          offenders.add(c.getName() + "." + m.getName() + "(Optional)");
        }
      }
    }
    assertThat(offenders).isEmpty();
  }
}
