package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.RiskLevel;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.monitor.DeadlineMonitor;
import io.github.shiyu.governance.cases.monitor.Warning;
import io.github.shiyu.governance.cases.standard.DisputeMediationWorkflow;
import io.github.shiyu.governance.cases.standard.PetitionProxyWorkflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.metrics.MetricSet;
import io.github.shiyu.governance.metrics.fact.CaseEvents;
import io.github.shiyu.governance.metrics.fact.CaseFact;
import io.github.shiyu.governance.metrics.report.Period;
import io.github.shiyu.governance.metrics.report.ReportRow;
import io.github.shiyu.governance.metrics.report.ReportSpec;
import io.github.shiyu.governance.metrics.report.Slice;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A month of Tongliao-style petition proxy matters (信访代办, March 2022): three proxies, each
 * serving a sub-district of Horqin district, take 50 of 52 citizens' requests, file each
 * matter, inspect every open matter every working day (日巡查) and visit the citizen after
 * conclusion (回访). One proxy skips a day's round, and the deadline monitor reports the missed
 * inspections as overdue {@code inspectionClock} warnings. The month's rates come from the
 * events folded into case facts: 44 of 50 concluded, 88.00%, Tongliao's rate (440 of 500,
 * "接近90%"), and 40 of the 44 followed up. A second part runs the month's disputes with a
 * psychologist (专家参与): 3 of 40 not resolved, 93% at Tongliao's whole-percent rounding.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am -DskipTests package exec:exec \
 *   -Dquickstart.main=io.github.shiyu.governance.examples/io.github.shiyu.governance.examples.TongliaoProxies
 * }</pre>
 */
public final class TongliaoProxies {

  private static final WorkCalendar CALENDAR = WorkCalendar.china();
  private static final LocalDate FIRST = LocalDate.of(2022, 3, 1);
  private static final LocalDate LAST = LocalDate.of(2022, 3, 31);
  /** Three sub-districts of Horqin district (科尔沁区), one proxy each. */
  private static final DivisionCode[] SERVED = {DivisionCode.parse("150502001000"),
      DivisionCode.parse("150502002000"), DivisionCode.parse("150502003000")};
  private static final String[] CATEGORIES = {"dispute.labour", "dispute.housing_homestead",
      "dispute.land_requisition_demolition", "dispute.consumer"};

  private TongliaoProxies() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** The simulation's clock, set before each command. */
  private static final class SetClock extends Clock {
    private Instant now;

    void set(LocalDate day, LocalTime time) {
      now = day.atTime(time).atZone(WorkCalendar.ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return WorkCalendar.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** One matter's plan: when it is asked for, its proxy and how far it gets this month. */
  private record Matter(CaseId id, int proxy, LocalDate requested, boolean declined,
      LocalDate concluded, boolean followedUp) {}

  private static List<Matter> plan() {
    List<LocalDate> workdays = new ArrayList<>();
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      if (CALENDAR.isWorkingDay(d)) {
        workdays.add(d);
      }
    }
    List<Matter> out = new ArrayList<>();
    for (int i = 0; i < 52; i++) {
      // requests over the first twelve working days; the two declined ones come last
      LocalDate requested = workdays.get(i % 12);
      boolean declined = i >= 50;
      // 44 concluded six to eight working days after the request, the last six still open
      LocalDate concluded = declined || i >= 44 ? null
          : CALENDAR.plusWorkingDays(requested, 6 + i % 3);
      out.add(new Matter(CaseId.of(String.format("TL-DB-2022-03-%02d", i + 1)), i % 3,
          requested, declined, concluded, concluded != null && i < 40));
    }
    return out;
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    SetClock clock = new SetClock();
    CaseService service = new CaseService(new InMemoryCaseStore(), clock,
        List.of(PetitionProxyWorkflow.definition(), DisputeMediationWorkflow.definition()));
    Actor citizen = Actor.of("citizen", Role.CITIZEN);
    Actor[] proxies = new Actor[SERVED.length];
    for (int p = 0; p < proxies.length; p++) {
      proxies[p] = Actor.of("proxy-" + (p + 1), Role.PETITION_PROXY);
      out.println("Proxy " + proxies[p].id() + " serves " + SERVED[p]);
    }
    List<Matter> plan = plan();
    int inspections = 0;
    List<Warning> missed = new ArrayList<>();
    DeadlineMonitor monitor = DeadlineMonitor.defaults();
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      if (day.equals(LocalDate.of(2022, 3, 16))) {
        // the morning after the skipped round the monitor finds the inspections missed
        Instant morning = day.atTime(8, 0).atZone(WorkCalendar.ZONE).toInstant();
        monitor.scan(service.store(), morning).stream()
            .filter(w -> w.clock().equals(PetitionProxyWorkflow.INSPECTION_CLOCK)
                && w.level() == Warning.Level.OVERDUE)
            .forEach(missed::add);
      }
      for (Matter m : plan) {
        if (m.requested().equals(day)) {
          clock.set(day, LocalTime.of(9, 0));
          service.register(m.id(), Command.register(citizen, Registration.of(
              CaseType.PETITION_PROXY, CategoryTaxonomy.standard().require(
                  CATEGORIES[m.id().value().hashCode() & 3]), SERVED[m.proxy()])));
          clock.set(day, LocalTime.of(10, 0));
          Actor proxy = proxies[m.proxy()];
          if (m.declined()) {
            service.execute(m.id(), Command.of("decline", proxy).withReason("已进入诉讼程序"));
            continue;
          }
          service.execute(m.id(), Command.of("accept", proxy).withHandler(proxy.id()));
          clock.set(day, LocalTime.of(11, 0));
          service.execute(m.id(), Command.of("file", proxy));
        }
      }
      if (!CALENDAR.isWorkingDay(day)) {
        continue;
      }
      // 日巡查: every open matter every working day, except proxy-3's round on 15 March
      for (Matter m : plan) {
        Case kase = service.find(m.id()).orElse(null);
        if (kase == null || kase.state().kind() != StateKind.OPEN || m.declined()
            || m.requested().equals(day)
            || (m.proxy() == 2 && day.equals(LocalDate.of(2022, 3, 15)))) {
          continue;
        }
        clock.set(day, LocalTime.of(16, 0));
        service.execute(m.id(), Command.of("inspect", proxies[m.proxy()]));
        inspections++;
      }
      for (Matter m : plan) {
        if (day.equals(m.concluded())) {
          Actor proxy = proxies[m.proxy()];
          clock.set(day, LocalTime.of(17, 0));
          service.execute(m.id(), Command.of("conclude", proxy));
          if (m.followedUp()) {
            // the visit two working days later (within the five allowed)
            clock.set(CALENDAR.plusWorkingDays(day, 2), LocalTime.of(15, 0));
            service.execute(m.id(), Command.of("followUp", proxy)
                .withRating(Rating.SATISFIED));
          }
        }
      }
    }
    out.println("52 requests, " + inspections + " daily inspections; missed inspections"
        + " found on 16 March: " + missed.size() + " (all " + missed.stream()
            .map(w -> w.state().value()).distinct().toList() + ", clock "
        + PetitionProxyWorkflow.INSPECTION_CLOCK + ")");

    List<CaseFact> facts = new ArrayList<>();
    for (Matter m : plan) {
      facts.add(CaseEvents.fold(service.history(m.id())).orElseThrow());
    }
    Period march = Period.parse("2022-03");
    ReportRow row = ReportSpec.builder().metrics(MetricSet.petitionProxy())
        .periods(march, march).build().accumulate(facts).report()
        .row(Slice.all().withPeriod(march)).orElseThrow();
    out.println("2022-03 proxy matters: accepted " + row.value("proxyAccepted").orElseThrow()
        + ", concluded " + row.value("proxyConcluded").orElseThrow()
        + ", conclusion rate " + row.value("proxyConclusionRate").orElseThrow()
        + " (Tongliao: 440 of 500, 接近90%), follow-up rate "
        + row.value("proxyFollowUpRate").orElseThrow());

    out.println("2022-03 disputes with a psychologist: " + psychologists(service, clock));
  }

  /** Forty disputes a psychologist joined, 37 resolved on the spot, three failed. */
  private static String psychologists(CaseService service, SetClock clock) {
    Actor worker = Actor.of("gw-1", Role.GRID_WORKER);
    Actor center = Actor.of("center", Role.GOVERNANCE_CENTER);
    Actor mediator = Actor.of("mediator-1", Role.MEDIATOR);
    List<CaseFact> facts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      CaseId id = CaseId.of(String.format("TL-MD-2022-03-%02d", i + 1));
      LocalDate day = FIRST.plusDays(i % 28);
      clock.set(day, LocalTime.of(9, 0));
      service.register(id, Command.register(worker, Registration.of(CaseType.DISPUTE,
          CategoryTaxonomy.standard().require("dispute.marriage_family"), SERVED[i % 3])));
      service.execute(id, Command.of("accept", center));
      clock.set(day, LocalTime.of(10, 0));
      service.execute(id, Command.of("joinExpert", mediator).withExpert(ExpertField.PSYCHOLOGY));
      clock.set(day, LocalTime.of(15, 0));
      if (i < 37) {
        service.execute(id, Command.of("resolveOnSpot", worker));
      } else {
        service.execute(id, Command.of("assess", center)
            .withTier(Tier.SIMPLE).withRiskLevel(RiskLevel.YELLOW));
        service.execute(id, Command.of("route", center).withHandler(mediator.id()));
        service.execute(id, Command.of("fail", mediator).withReason("双方分歧较大"));
      }
      facts.add(CaseEvents.fold(service.history(id)).orElseThrow());
    }
    Period march = Period.parse("2022-03");
    MetricSet whole = MetricSet.of(MetricSet.experts().metrics().stream()
        .map(m -> m.id().equals("psychologistResolutionRate") ? m.withDigits(0) : m).toList());
    ReportRow row = ReportSpec.builder().metrics(whole).periods(march, march).build()
        .accumulate(facts).report().row(Slice.all().withPeriod(march)).orElseThrow();
    return row.value("psychologistResolved").orElseThrow() + " of "
        + row.value("psychologistMediations").orElseThrow() + " resolved, "
        + row.value("psychologistResolutionRate").orElseThrow()
        + " (Tongliao: 3,493 mediations, 93%)";
  }
}
