package io.github.shiyu.governance.jsoncontract;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Deadlines built by the public operations, kept inside the calendar's years 2019–2026. */
// A copy of governance-core's test helper (core.time.DeadlineGenerators): test classes are
// not shared across modules on the module path; keep the two in step.
// Test code only: QuickTheories sits in the unnamed module, hence "exports".
@SuppressWarnings("exports")
public final class DeadlineGenerators {

  private static final WorkCalendar CHINA = WorkCalendar.china();

  /** One step after the previous event: extend, stop or resume, some seconds later. */
  private record Step(int kind, long seconds, DeadlinePolicy more) {
  }

  private DeadlineGenerators() {
  }

  /**
   * Deadlines started in 2019–2025 with up to six extensions, stops and resumes, some left
   * stopped.
   *
   * @return the generator
   */
  public static Gen<Deadline> deadlines() {
    return starts().zip(policies(60), steps(), DeadlineGenerators::build);
  }

  /**
   * Deadlines as {@link #deadlines()} gives them, with at least one finished clock stop: two
   * more stop-or-resume steps close with a resume or leave the clock stopped after one.
   *
   * @return the generator
   */
  public static Gen<Deadline> deadlinesWithStops() {
    Gen<Step> stopOrResume = longs().between(0, 6 * 86_400L)
        .map(seconds -> new Step(1, seconds, null));
    return starts().zip(policies(60), steps(), lists().of(stopOrResume).ofSize(2),
        (start, policy, steps, more) -> {
          List<Step> all = new ArrayList<>(steps);
          all.addAll(more);
          return build(start, policy, all);
        });
  }

  private static Gen<Instant> starts() {
    long from = LocalDate.of(2019, 1, 1).atStartOfDay(WorkCalendar.ZONE).toEpochSecond();
    // Up to the end of the covered years, so that some deadlines run into a provisional one.
    long to = LocalDate.of(2026, 12, 31).atStartOfDay(WorkCalendar.ZONE).toEpochSecond();
    return longs().between(from, to).map(s -> Instant.ofEpochSecond(s));
  }

  private static Gen<List<Step>> steps() {
    Gen<Step> steps = integers().between(0, 2).zip(longs().between(0, 6 * 86_400L),
        policies(30), Step::new);
    return lists().of(steps).ofSizeBetween(0, 6);
  }

  private static Gen<DeadlinePolicy> policies(int most) {
    return integers().between(0, 2).zip(integers().between(1, most),
        (u, n) -> new DeadlinePolicy(n, PeriodUnit.values()[u]));
  }

  private static Deadline build(Instant start, DeadlinePolicy policy, List<Step> steps) {
    Deadline d = Deadline.start(start, policy, CHINA);
    Instant now = start;
    for (Step step : steps) {
      now = now.plusSeconds(step.seconds());
      if (d.isStopped()) {
        d = d.resume(now, CHINA);
      } else if (step.kind() == 0) {
        d = d.extend(step.more(), CHINA);
      } else {
        d = d.stop(now);
      }
    }
    return d;
  }
}
