package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.Role.CITIZEN;
import static io.github.shiyu.governance.cases.Role.DEPARTMENT;
import static io.github.shiyu.governance.cases.Role.GOVERNANCE_CENTER;
import static io.github.shiyu.governance.cases.Role.GRID_WORKER;
import static io.github.shiyu.governance.cases.Role.SUPERVISOR;
import static io.github.shiyu.governance.cases.Role.SYSTEM;
import static io.github.shiyu.governance.cases.StateKind.SETTLED;
import static io.github.shiyu.governance.cases.StateKind.OPEN;
import static io.github.shiyu.governance.cases.StateKind.TERMINAL;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.StateName;
import io.github.shiyu.governance.cases.TimeLimits;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.WorkflowBuilder;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import java.time.Duration;

/**
 * The grid incident (网格事件, Kuiwen's grid loop, "网格吹哨、部门报到"): the grid worker finds
 * an issue and solves it on the spot (closed in the grid) or reports it; the center accepts,
 * dispatches, transfers, supervises; the grid (or the township) blows the whistle and the
 * called departments must show up within the response limit (Pinggu: 30 minutes), and a
 * missed response is escalated by the escalation policy like an overdue case; concluded by the
 * department it was dispatched to, or by the center that accepted the report and handled it
 * itself; verified, followed up, closed.
 *
 * <p>Clocks: {@value #HANDLING} (primary: from registration, limit {@value #HANDLING}) and
 * {@value #RESPONSE_CLOCK} (from the whistle, limit {@value #RESPONSE}).
 *
 * <pre>{@code
 * Workflow w = GridIncidentWorkflow.definition();
 * w.state(WHISTLED).orElseThrow().kind();   // OPEN
 * }</pre>
 */
public final class GridIncidentWorkflow {

  /** The primary clock and its time limit. */
  public static final String HANDLING = "handling";
  /** The clock the called departments run after a whistle. */
  public static final String RESPONSE_CLOCK = "responseClock";
  /** The time limit for departments to show up after a whistle (Pinggu: 30 minutes). */
  public static final String RESPONSE = "response";


  // the vocabulary: typed names of the states and commands, in declaration order

  /** State {@code FOUND} (发现). */
  public static final StateName FOUND = StateName.of("FOUND");
  /** State {@code REPORTED} (上报). */
  public static final StateName REPORTED = StateName.of("REPORTED");
  /** State {@code ACCEPTED} (受理). */
  public static final StateName ACCEPTED = StateName.of("ACCEPTED");
  /** State {@code DISPATCHED} (派遣). */
  public static final StateName DISPATCHED = StateName.of("DISPATCHED");
  /** State {@code WHISTLED} (吹哨). */
  public static final StateName WHISTLED = StateName.of("WHISTLED");
  /** State {@code CONCLUDED} (办结). */
  public static final StateName CONCLUDED = StateName.of("CONCLUDED");
  /** State {@code VERIFIED} (核查). */
  public static final StateName VERIFIED = StateName.of("VERIFIED");
  /** State {@code FOLLOWED_UP} (回访). */
  public static final StateName FOLLOWED_UP = StateName.of("FOLLOWED_UP");
  /** State {@code CLOSED} (归档). */
  public static final StateName CLOSED = StateName.of("CLOSED");

  /** Command {@code resolveOnSpot}. */
  public static final CommandName RESOLVE_ON_SPOT = CommandName.of("resolveOnSpot");
  /** Command {@code report}. */
  public static final CommandName REPORT = CommandName.of("report");
  /** Command {@code accept}. */
  public static final CommandName ACCEPT = CommandName.of("accept");
  /** Command {@code dispatch}. */
  public static final CommandName DISPATCH = CommandName.of("dispatch");
  /** Command {@code transfer}. */
  public static final CommandName TRANSFER = CommandName.of("transfer");
  /** Command {@code whistle}. */
  public static final CommandName WHISTLE = CommandName.of("whistle");
  /** Command {@code respond}. */
  public static final CommandName RESPOND = CommandName.of("respond");
  /** Command {@code supervise}. */
  public static final CommandName SUPERVISE = CommandName.of("supervise");
  /** Command {@code escalate}. */
  public static final CommandName ESCALATE = CommandName.of("escalate");
  /** Command {@code conclude}. */
  public static final CommandName CONCLUDE = CommandName.of("conclude");
  /** Command {@code reopen}. */
  public static final CommandName REOPEN = CommandName.of("reopen");
  /** Command {@code verify}. */
  public static final CommandName VERIFY = CommandName.of("verify");
  /** Command {@code followUp}. */
  public static final CommandName FOLLOW_UP = CommandName.of("followUp");
  /** Command {@code close}. */
  public static final CommandName CLOSE = CommandName.of("close");

  private GridIncidentWorkflow() {}

  /**
   * The defaults: departments respond to a whistle within 30 minutes (Pinggu, Beijing); the
   * handling limit has no national rule, the default is 5 working days (Shandong's general
   * work-order limit) until the vendor sets its own.
   *
   * @return the defaults, to change with {@link TimeLimits#with}
   */
  public static TimeLimits defaultLimits() {
    return TimeLimits.builder()
        .limit(HANDLING, DeadlinePolicy.workingDays(5))
        .limit(RESPONSE, Duration.ofMinutes(30))
        .build();
  }

  /**
   * The definition, with the {@linkplain #defaultLimits() default limits}.
   *
   * @return the workflow
   */
  public static Workflow definition() {
    return builder().build();
  }

  /**
   * A builder holding this definition, to copy and change it: add states and transitions,
   * drop some with {@link WorkflowBuilder#withoutCommand} and
   * {@link WorkflowBuilder#withoutState}, set other limits, then {@code build()}.
   *
   * @return a fresh builder with every state, clock and transition of the definition
   */
  public static WorkflowBuilder builder() {
    return Workflow.builder("grid-incident", CaseType.GRID_INCIDENT).version(2)
        .state(FOUND, OPEN, "发现")
        .state(REPORTED, OPEN, "上报")
        .state(ACCEPTED, OPEN, "受理")
        .state(DISPATCHED, OPEN, "派遣")
        .state(WHISTLED, OPEN, "吹哨")
        .state(CONCLUDED, SETTLED, "办结")
        .state(VERIFIED, SETTLED, "核查")
        .state(FOLLOWED_UP, SETTLED, "回访")
        .state(CLOSED, TERMINAL, "归档")
        .clock(HANDLING)
        .clock(RESPONSE_CLOCK)
        .registration().to(FOUND).by(GRID_WORKER, CITIZEN)
            .startsClock(HANDLING, HANDLING).tags(EventTag.REGISTRATION).add()
        .on(RESOLVE_ON_SPOT).from(FOUND).to(CONCLUDED).by(GRID_WORKER).stopsClock(HANDLING)
            .tags(EventTag.RESOLVED_ON_SPOT, EventTag.CONCLUSION).add()
        .on(REPORT).from(FOUND).to(REPORTED).by(GRID_WORKER).add()
        .on(ACCEPT).from(REPORTED).to(ACCEPTED).by(GOVERNANCE_CENTER)
            .tags(EventTag.ACCEPTANCE).add()
        .on(DISPATCH).from(ACCEPTED).to(DISPATCHED).by(GOVERNANCE_CENTER).assignsHandler()
            .tags(EventTag.DISPATCH).add()
        .on(TRANSFER).from(DISPATCHED).stay().by(GOVERNANCE_CENTER).requiresReason()
            .assignsHandler().tags(EventTag.TRANSFER).add()
        .on(WHISTLE).from(ACCEPTED, DISPATCHED).to(WHISTLED)
            .by(GRID_WORKER, GOVERNANCE_CENTER).startsClock(RESPONSE_CLOCK, RESPONSE)
            .tags(EventTag.WHISTLE).add()
        .on(RESPOND).from(WHISTLED).to(DISPATCHED).by(DEPARTMENT).assignsHandler()
            .endsClock(RESPONSE_CLOCK).tags(EventTag.RESPONSE).add()
        .on(SUPERVISE).from(ACCEPTED, DISPATCHED, WHISTLED).stay()
            .by(SUPERVISOR, GOVERNANCE_CENTER).tags(EventTag.SUPERVISION).add()
        .on(ESCALATE).from(REPORTED, ACCEPTED, DISPATCHED, WHISTLED).stay()
            .by(GOVERNANCE_CENTER, SUPERVISOR, SYSTEM).requiresReason().escalates().add()
        .on(CONCLUDE).from(DISPATCHED).to(CONCLUDED).by(DEPARTMENT).stopsClock(HANDLING)
            .tags(EventTag.CONCLUSION).add()
        // a report the center accepted and handled itself, without sending it on
        .on(CONCLUDE).from(ACCEPTED).to(CONCLUDED).by(GOVERNANCE_CENTER, DEPARTMENT)
            .stopsClock(HANDLING).tags(EventTag.CONCLUSION).add()
        .on(REOPEN).from(CONCLUDED).to(DISPATCHED).by(GOVERNANCE_CENTER).requiresReason()
            .startsClock(HANDLING, HANDLING).tags(EventTag.REOPENING).add()
        .on(VERIFY).from(CONCLUDED).to(VERIFIED).by(GOVERNANCE_CENTER, GRID_WORKER)
            .tags(EventTag.VERIFICATION).add()
        .on(FOLLOW_UP).from(VERIFIED).to(FOLLOWED_UP).by(GRID_WORKER, GOVERNANCE_CENTER)
            .tags(EventTag.FOLLOW_UP).add()
        .on(CLOSE).from(FOLLOWED_UP).to(CLOSED).by(GOVERNANCE_CENTER, SYSTEM)
            .tags(EventTag.CLOSURE).add()
        .timeLimits(defaultLimits());
  }
}
