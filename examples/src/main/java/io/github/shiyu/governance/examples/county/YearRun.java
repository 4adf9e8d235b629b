package io.github.shiyu.governance.examples.county;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Extension;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.ReplyOutcome;
import io.github.shiyu.governance.cases.RiskLevel;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.examples.county.PlannedCase.Mood;
import io.github.shiyu.governance.examples.terminal.ProgressBar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Runs a planned year through the SDK's case engine: every planned case is registered and then
 * driven, command by command, through its type's standard workflow by the roles the workflow
 * names, at simulated times. The engine decides: it computes the deadlines on China's real
 * holiday calendar, checks every guard and role, and refuses what its workflow does not
 * permit (the refusals are counted, not hidden). Cases whose next step falls after the end of
 * the year stay open: that is the backlog.
 *
 * <p>Every command carries an idempotency key derived from the plan (the case id and the
 * command's ordinal in the case's life), so a run into a durable store that was interrupted
 * can be run again from the start: a command whose key is stored is answered with its stored
 * event, a command of a case the store holds further than this life has come was refused the
 * first time and is decided again without being sent, and the rest goes to the service as new.
 * The life follows the events it was answered, never the store's latest state, so that a
 * rerun takes the same steps at the same times as the first run.
 *
 * <pre>{@code
 * YearRun.Result result = new YearRun(workflows, router, yearEnd).run(plan, progressBar);
 * result.service().store().allEvents();
 * }</pre>
 */
public final class YearRun {

  private final SimulatedClock clock = new SimulatedClock();
  private final CaseService service;
  private final Router router;
  private final Instant end;

  /** Chooses who handles a case: the SDK's dispatcher in the quickstart. */
  @FunctionalInterface
  public interface Router {
    /**
     * The handler a case is dispatched to.
     *
     * @param planned the case
     * @return the handler's id (a department id, or the township's governance center)
     */
    String handlerOf(PlannedCase planned);

    /**
     * Told when a case's handling ended (its last conclusion, or the end of the period if it
     * is still open), so that the router can count each handler's open cases.
     *
     * @param planned the case
     * @param handler the handler it was dispatched to
     * @param at      when the handler was done with it
     */
    default void finished(PlannedCase planned, String handler, Instant at) {}
  }

  /**
   * What the year produced.
   *
   * @param service    the case service, holding every case and event
   * @param commands   commands sent
   * @param rejections refusals by reason, e.g. {@code WINDOW_CLOSED}
   */
  public record Result(CaseService service, long commands, Map<String, Long> rejections) {}

  /**
   * Creates a run.
   *
   * @param workflows the workflows, one per case type
   * @param router    who handles each case
   * @param end       the end of the simulated period: later steps do not happen
   */
  public YearRun(Collection<Workflow> workflows, Router router, Instant end) {
    this(new InMemoryCaseStore(), workflows, router, end);
  }

  /**
   * Creates a run into a store, which may hold part of an earlier run of the same plan.
   *
   * @param store     where the events go (a durable store resumes an interrupted run)
   * @param workflows the workflows, one per case type
   * @param router    who handles each case
   * @param end       the end of the simulated period: later steps do not happen
   */
  public YearRun(CaseStore store, Collection<Workflow> workflows, Router router, Instant end) {
    this.service = new CaseService(store, clock, workflows);
    this.router = Objects.requireNonNull(router, "router");
    this.end = Objects.requireNonNull(end, "end");
  }

  /**
   * Runs the plan.
   *
   * @param plan     the cases in registration order
   * @param progress the progress bar to advance, one step per case
   * @return what happened
   */
  public Result run(List<PlannedCase> plan, ProgressBar progress) {
    Map<String, Long> rejections = new TreeMap<>();
    long[] commands = {0};
    int done = 0;
    for (PlannedCase p : plan) {
      Life life = new Life(p, rejections, commands);
      switch (p.type()) {
        case WORK_ORDER -> life.workOrder();
        case GRID_INCIDENT -> life.gridIncident();
        case DISPUTE -> life.dispute();
        case PETITION -> life.petition();
        case PRE_LITIGATION -> life.preLitigation();
      }
      if (life.handler != null) {
        router.finished(p, life.handler, life.concluded != null ? life.concluded : end);
      }
      progress.advanceTo(++done);
    }
    return new Result(service, commands[0], rejections);
  }

  /** The life of one case: its commands at their simulated times. */
  private final class Life {
    private final PlannedCase p;
    private final CaseId id;
    private final Map<String, Long> rejections;
    private final long[] commands;
    private final SplittableRandom random;
    private Instant t;
    private boolean over;
    private String handler;
    private Instant concluded;
    /** The case as this life has driven it (null before its registration). */
    private Case kase;
    /** How many events the store held for the case when the life began (a rerun). */
    private final long stored;
    /** Commands sent so far: the ordinal in the idempotency key. */
    private int sent;

    Life(PlannedCase p, Map<String, Long> rejections, long[] commands) {
      this.p = p;
      this.id = CaseId.of(String.format(java.util.Locale.ROOT, "KW-2025-%05d", p.number()));
      this.rejections = rejections;
      this.commands = commands;
      this.random = new SplittableRandom(p.number() * 7919L);
      this.t = p.registeredAt();
      this.stored = service.store().events(id).size();
    }

    void workOrder() {
      Actor center = Actor.of("kw-12345", Role.OPERATIONS_CENTER);
      register(p.channel() == PlannedCase.Channel.APP ? Actor.of("citizen", Role.CITIZEN) : center);
      String routed = route();
      step("dispatch", center, minutes(10, 60), c -> c.withHandler(routed));
      if (p.story().returned()) {
        // One return in five comes after the return window (2 working days) and is refused:
        // the department then has to handle the order itself.
        Duration after = random.nextDouble() < 0.2 ? hours(24 * 4, 24 * 5) : hours(1, 12);
        if (step("returnOrder", dept(routed), after, c -> c.withReason("not within our remit"))) {
          handler = "gc-" + township();
          step("dispatch", center, minutes(20, 90), c -> c.withHandler("gc-" + township()));
        }
      }
      String current = current().flatMap(Case::handler).orElse(routed);
      step("acknowledge", dept(current), hours(1, 4), c -> c);
      if (p.story().extended()) {
        step("extend", center, hours(24, 72), c -> c.withReason("needs a site survey"));
      }
      if (p.story().stalls()) {
        return;
      }
      stepAt("reply", dept(current), paced(), c -> c);
      step("verify", center, hours(2, 20), c -> c);
      step("followUp", center, hours(4, 30), c -> c);
      Mood mood = p.story().mood();
      if (mood == Mood.DISSATISFIED) {
        step("rate", Actor.of("citizen", Role.CITIZEN), hours(1, 6), c -> c.withRating(Rating.DISSATISFIED));
        stepAt("reply", dept(current), paced(), c -> c);
        step("verify", center, hours(2, 20), c -> c);
        step("followUp", center, hours(4, 30), c -> c);
        // Some stay dissatisfied and do not rate again: the last rating stands.
        mood = random.nextDouble() < 0.4 ? Mood.NOT_RATED : Mood.BASICALLY_SATISFIED;
      }
      if (mood != Mood.NOT_RATED) {
        Rating rating = mood == Mood.SATISFIED ? Rating.SATISFIED : Rating.BASICALLY_SATISFIED;
        step("rate", Actor.of("citizen", Role.CITIZEN), hours(1, 6), c -> c.withRating(rating));
      }
      step("close", Actor.system(), hours(20, 30), c -> c);
    }

    void gridIncident() {
      Actor worker = Actor.of("grid-" + p.grid(), Role.GRID_WORKER);
      Actor center = Actor.of("gc-" + township(), Role.GOVERNANCE_CENTER);
      register(worker);
      if (p.story().solvedOnSpot()) {
        step("resolveOnSpot", worker, minutes(20, 120), c -> c);
      } else {
        step("report", worker, minutes(5, 40), c -> c);
        step("accept", center, minutes(20, 120), c -> c);
        String handler = route();
        step("dispatch", center, minutes(10, 60), c -> c.withHandler(handler));
        if (p.story().escalated()) {
          step("escalate", center, hours(24, 48), c -> c.withReason("beyond the township's means"));
        }
        if (p.story().stalls()) {
          return;
        }
        stepAt("conclude", dept(handler), paced(), c -> c);
        if (p.story().reopened()) {
          step("reopen", center, hours(4, 24), c -> c.withReason("the check failed"));
          stepAt("conclude", dept(handler), paced(), c -> c);
        }
      }
      step("verify", center, hours(2, 24), c -> c);
      step("followUp", worker, hours(12, 48), c -> c);
      step("close", center, hours(4, 24), c -> c);
    }

    void dispute() {
      Actor center = Actor.of("gc-" + township(), Role.GOVERNANCE_CENTER);
      register(p.channel() == PlannedCase.Channel.GRID_PATROL ? Actor.of("grid-" + p.grid(), Role.GRID_WORKER) : center);
      String handler = route();
      // A department mediates as itself; the township's mediation committee otherwise.
      Actor mediator = handler.startsWith("gc-") ? Actor.of("mc-" + township(), Role.MEDIATOR)
          : Actor.of(handler, Role.DEPARTMENT);
      step("accept", center, hours(1, 20), c -> c);
      if (p.tier() == Tier.SIMPLE && random.nextDouble() < 0.35) {
        step("resolveOnSpot", Actor.of("mc-" + township(), Role.MEDIATOR), hours(1, 8), c -> c);
      } else {
        RiskLevel level = p.tier() == Tier.MAJOR ? RiskLevel.RED
            : p.tier() == Tier.COMPLEX ? RiskLevel.ORANGE : RiskLevel.YELLOW;
        step("assess", center, hours(2, 24), c -> c.withTier(p.tier()).withRiskLevel(level));
        step("reportRisk", center, Duration.ofMinutes(30), c -> c);
        step("route", center, hours(1, 8), c -> c.withHandler(handler));
        Actor lead = p.tier() == Tier.MAJOR ? Actor.of("lead-" + township(), Role.LEAD_OFFICIAL) : mediator;
        if (p.story().extended()) {
          Actor extender = lead.role().equals(Role.DEPARTMENT) ? Actor.of("mc-" + township(), Role.MEDIATOR) : lead;
          step("extend", extender, hours(24 * 7, 24 * 20), c -> c.withReason("both parties agree to continue")
              .withExtension(Extension.full().withConsentOf(PartyRole.APPLICANT, PartyRole.RESPONDENT)));
        }
        if (p.story().escalated()) {
          step("escalate", center, hours(24, 24 * 5), c -> c.withReason("the parties' positions hardened"));
        }
        if (p.story().stalls()) {
          return;
        }
        if (p.story().settled()) {
          stepAt("resolve", lead, paced(), c -> c);
        } else {
          stepAt("fail", lead, paced(), c -> c.withReason("no agreement"));
          step("referToLitigation", center, hours(4, 48), c -> c.withReason("referred to the people's court"));
        }
      }
      if (p.story().settled() && random.nextDouble() < 0.3) {
        step("requestConfirmation", Actor.of("citizen", Role.CITIZEN), hours(24, 24 * 10), c -> c);
        step("confirm", Actor.of("kw-court", Role.COURT), hours(24, 24 * 10), c -> c);
      }
      step("followUp", center, hours(24 * 3, 24 * 10), c -> c);
      step("close", center, hours(4, 48), c -> c);
    }

    void petition() {
      Actor office = Actor.of("kw-xfj", Role.PETITION_OFFICE);
      register(office);
      String handler = route();
      step("assign", office, hours(24, 24 * 10), c -> c.withHandler(handler));
      if (p.story().extended()) {
        step("extend", Actor.of("head-" + handler, Role.HEAD_OF_BODY), hours(24 * 20, 24 * 40),
            c -> c.withReason("the facts need verification"));
      }
      if (p.story().escalated()) {
        step("escalate", Actor.of("kw-supervisor", Role.SUPERVISOR), hours(24, 24 * 10),
            c -> c.withReason("repeated petition"));
      }
      if (p.story().stalls()) {
        return;
      }
      ReplyOutcome outcome = p.story().mood() == Mood.DISSATISFIED ? ReplyOutcome.NOT_SUPPORT
          : ReplyOutcome.SUPPORT;
      stepAt("reply", dept(handler), paced(), c -> c.withReplyOutcome(outcome));
      if (p.story().mood() == Mood.DISSATISFIED) {
        step("requestReview", Actor.of("citizen", Role.CITIZEN), hours(24 * 5, 24 * 25), c -> c);
        step("answerReview", office, hours(24 * 10, 24 * 28), c -> c);
        stepAt("lapse", Actor.system(), windowEnd("reReviewWindow"), c -> c);
      } else {
        stepAt("lapse", Actor.system(), windowEnd("reviewWindow"), c -> c);
      }
    }

    void preLitigation() {
      Actor court = Actor.of("kw-court", Role.COURT);
      Actor mediator = Actor.of("kw-court-mediation", Role.MEDIATOR);
      register(court);
      step("accept", mediator, hours(2, 48), c -> c.withHandler(mediator.id()));
      if (p.story().stalls()) {
        return;
      }
      if (p.story().settled()) {
        stepAt("agree", mediator, paced(), c -> c);
        if (random.nextDouble() < 0.6) {
          step("confirm", court, hours(24, 24 * 7), c -> c);
        } else {
          step("close", mediator, hours(24, 24 * 3), c -> c);
        }
      } else {
        stepAt("fail", mediator, paced(), c -> c.withReason("no agreement within the period"));
      }
    }

    // --- helpers ---

    private String route() {
      handler = router.handlerOf(p);
      return handler;
    }

    private void register(Actor actor) {
      Registration r = Registration.of(p.type(), CategoryTaxonomy.standard().require(p.category()), community())
          .withGrid(GridCode.parse(p.grid()))
          .withLocation(GeoPoint.of(p.lng(), p.lat(), CoordinateSystem.WGS84))
          .withTier(Tier.SIMPLE);
      clock.set(t);
      commands[0]++;
      if (!record(send(Command.register(actor, r)))) {
        over = true;
      }
    }

    private boolean step(String command, Actor actor, Duration after, UnaryOperator<Command> options) {
      return stepAt(command, actor, t.plus(after), options);
    }

    private boolean stepAt(String command, Actor actor, Instant at, UnaryOperator<Command> options) {
      if (over) {
        return false;
      }
      t = at.isAfter(t) ? at : t.plusSeconds(60);
      if (!t.isBefore(end)) {
        over = true;
        return false;
      }
      clock.set(t);
      commands[0]++;
      return record(send(options.apply(Command.of(command, actor))));
    }

    /** Sends a command with its key from the plan, or answers it from an earlier run. */
    private Decision send(Command command) {
      String key = id.value() + "/" + (++sent);
      Command keyed = command.withIdempotencyKey(key);
      long driven = kase == null ? 0 : kase.version();
      if (driven < stored) {
        Instant at = kase == null || !t.isBefore(kase.updatedAt()) ? t : kase.updatedAt();
        Optional<CaseEvent> earlier = service.store().findByIdempotencyKey(id, key);
        if (earlier.isPresent()) {
          if (!earlier.get().command().equals(keyed.name()) || !earlier.get().at().equals(at)) {
            throw anotherPlan();
          }
          return earlier.get();
        }
        // Not stored, though the store holds the case further: refused the first time. Decide
        // it again (without sending it) so that the refusal is counted as it was then.
        Decision again = kase == null ? null
            : service.workflow(kase.type()).decide(kase, keyed, at);
        if (again == null || again.accepted()) {
          throw anotherPlan();
        }
        return again;
      }
      return kase == null ? service.register(id, keyed) : service.execute(id, keyed);
    }

    private IllegalStateException anotherPlan() {
      return new IllegalStateException("the store holds case " + id + " at version " + stored
          + ", which this plan does not lead to (written with another seed or size?)");
    }

    private boolean record(Decision decision) {
      decision.rejection().ifPresent(r -> rejections.merge(r.reason().name(), 1L, Long::sum));
      if (decision.accepted()) {
        kase = kase == null ? Case.start(decision.event()) : kase.apply(decision.event());
        if (decision.event().has(EventTag.CONCLUSION)) {
          concluded = decision.event().at();
        } else if (decision.event().has(EventTag.REOPENING)) {
          concluded = null;
        }
      }
      return decision.accepted();
    }

    /** When the handler finishes: the story's pace times the time allowed by the engine's deadline. */
    private Instant paced() {
      Case kase = current().orElseThrow();
      Instant due = kase.due().orElse(t.plus(Duration.ofDays(5)));
      Instant start = kase.registeredAt();
      long allowed = Math.max(3600, Duration.between(start, due).getSeconds());
      long at = (long) (allowed * p.story().pace());
      Instant finish = start.plusSeconds(at);
      return finish.isAfter(t) ? finish : t.plus(hours(1, 6));
    }

    /** Just after a request window closes (the engine rolls its end past holidays). */
    private Instant windowEnd(String clock) {
      return current().flatMap(k -> k.deadline(clock)).map(d -> d.due().plusSeconds(3600))
          .orElse(t.plus(Duration.ofDays(32)));
    }

    private Optional<Case> current() {
      return Optional.ofNullable(kase);
    }

    private Actor dept(String handler) {
      return Actor.of(handler, Role.DEPARTMENT);
    }

    private DivisionCode community() {
      return GridCode.parse(p.grid()).community();
    }

    private String township() {
      return community().ancestorAt(DivisionLevel.TOWNSHIP).value();
    }

    private Duration minutes(int min, int max) {
      return Duration.ofMinutes(min + random.nextInt(max - min + 1));
    }

    private Duration hours(int min, int max) {
      return Duration.ofMinutes(60L * min + random.nextInt(60 * (max - min) + 1));
    }
  }

  /** A clock the run sets before each command. */
  private static final class SimulatedClock extends Clock {
    private Instant now = Instant.EPOCH;

    void set(Instant instant) {
      now = instant;
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
}
