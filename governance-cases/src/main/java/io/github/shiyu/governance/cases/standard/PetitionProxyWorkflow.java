package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.Role.CITIZEN;
import static io.github.shiyu.governance.cases.Role.GRID_WORKER;
import static io.github.shiyu.governance.cases.Role.PETITION_OFFICE;
import static io.github.shiyu.governance.cases.Role.PETITION_PROXY;
import static io.github.shiyu.governance.cases.Role.SUPERVISOR;
import static io.github.shiyu.governance.cases.Role.SYSTEM;
import static io.github.shiyu.governance.cases.StateKind.OPEN;
import static io.github.shiyu.governance.cases.StateKind.SETTLED;
import static io.github.shiyu.governance.cases.StateKind.TERMINAL;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.StateName;
import io.github.shiyu.governance.cases.TimeLimits;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.WorkflowBuilder;
import io.github.shiyu.governance.core.time.DeadlinePolicy;

/**
 * The petition proxy matter (信访代办, Tongliao): a petition proxy ({@code PetitionProxy}, role
 * {@link io.github.shiyu.governance.cases.Role#PETITION_PROXY}) takes a matter on a citizen's
 * behalf, files it with the responsible body, follows it with a daily inspection (日巡查) until
 * it is concluded, and visits the citizen afterwards (回访) before the matter may be closed.
 *
 * <p>A separate workflow with its own case type rather than a branch of the
 * {@linkplain PetitionWorkflow petition}: the proxy's matter is the proxy's work (accepted,
 * concluded, followed up: the rates Tongliao publishes), while the petition it files runs the
 * 信访工作条例's own clocks at the responsible body. See decision 0018.
 *
 * <p>Clocks: {@value #HANDLING} (primary: {@value #ACCEPTANCE} from the request, then
 * {@value #HANDLING} from acceptance), {@value #INSPECTION_CLOCK} (restarted by every
 * {@code inspect}: the daily inspection is an obligation the deadline monitor checks like any
 * deadline) and {@value #FOLLOW_UP_CLOCK} (from conclusion, limit {@value #FOLLOW_UP}).
 *
 * <pre>{@code
 * Workflow w = PetitionProxyWorkflow.definition();
 * w.state(PetitionProxyWorkflow.FILED).orElseThrow().kind();   // OPEN
 * }</pre>
 */
public final class PetitionProxyWorkflow {

  /** The primary clock, and the time limit from acceptance to conclusion. */
  public static final String HANDLING = "handling";
  /** The time limit for a proxy to take on or decline a request. */
  public static final String ACCEPTANCE = "acceptance";
  /** The clock of the daily inspection, restarted by each inspection. */
  public static final String INSPECTION_CLOCK = "inspectionClock";
  /** The time limit between two inspections of an open matter. */
  public static final String INSPECTION = "inspection";
  /** The clock of the follow-up visit after conclusion. */
  public static final String FOLLOW_UP_CLOCK = "followUpClock";
  /** The time limit for the follow-up visit after conclusion. */
  public static final String FOLLOW_UP = "followUp";

  // the vocabulary: typed names of the states and commands, in declaration order

  /** State {@code REQUESTED} (申请代办). */
  public static final StateName REQUESTED = StateName.of("REQUESTED");
  /** State {@code ACCEPTED} (代办受理). */
  public static final StateName ACCEPTED = StateName.of("ACCEPTED");
  /** State {@code DECLINED} (不予代办). */
  public static final StateName DECLINED = StateName.of("DECLINED");
  /** State {@code FILED} (代为提出, followed by the proxy). */
  public static final StateName FILED = StateName.of("FILED");
  /** State {@code WITHDRAWN} (撤回). */
  public static final StateName WITHDRAWN = StateName.of("WITHDRAWN");
  /** State {@code CONCLUDED} (办结). */
  public static final StateName CONCLUDED = StateName.of("CONCLUDED");
  /** State {@code FOLLOWED_UP} (回访). */
  public static final StateName FOLLOWED_UP = StateName.of("FOLLOWED_UP");
  /** State {@code CLOSED} (归档). */
  public static final StateName CLOSED = StateName.of("CLOSED");

  /** Command {@code accept}. */
  public static final CommandName ACCEPT = CommandName.of("accept");
  /** Command {@code decline}. */
  public static final CommandName DECLINE = CommandName.of("decline");
  /** Command {@code file}. */
  public static final CommandName FILE = CommandName.of("file");
  /** Command {@code inspect}. */
  public static final CommandName INSPECT = CommandName.of("inspect");
  /** Command {@code supervise}. */
  public static final CommandName SUPERVISE = CommandName.of("supervise");
  /** Command {@code escalate}. */
  public static final CommandName ESCALATE = CommandName.of("escalate");
  /** Command {@code withdraw}. */
  public static final CommandName WITHDRAW = CommandName.of("withdraw");
  /** Command {@code conclude}. */
  public static final CommandName CONCLUDE = CommandName.of("conclude");
  /** Command {@code followUp}. */
  public static final CommandName FOLLOW_UP_VISIT = CommandName.of("followUp");
  /** Command {@code reopen}. */
  public static final CommandName REOPEN = CommandName.of("reopen");
  /** Command {@code close}. */
  public static final CommandName CLOSE = CommandName.of("close");

  private PetitionProxyWorkflow() {}

  /**
   * The defaults. No national rule sets a proxy's limits; these follow the county rules the
   * seeds describe and are the vendor's to change: a request taken on or declined within 3
   * working days, the matter concluded within 60 calendar days of acceptance (the 信访工作条例's
   * handling limit for the petition the proxy files), an inspection every working day
   * (日巡查), and the follow-up visit within 5 working days of conclusion.
   *
   * @return the defaults, to change with {@link TimeLimits#with}
   */
  public static TimeLimits defaultLimits() {
    return TimeLimits.builder()
        .limit(ACCEPTANCE, DeadlinePolicy.workingDays(3))
        .limit(HANDLING, DeadlinePolicy.calendarDays(60))
        .limit(INSPECTION, DeadlinePolicy.workingDays(1))
        .limit(FOLLOW_UP, DeadlinePolicy.workingDays(5))
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
    StateName[] followed = {ACCEPTED, FILED};
    return Workflow.builder("petition-proxy", CaseType.PETITION_PROXY)
        .state(REQUESTED, OPEN, "申请代办")
        .state(ACCEPTED, OPEN, "代办受理")
        .state(DECLINED, TERMINAL, "不予代办")
        .state(FILED, OPEN, "代为提出")
        .state(WITHDRAWN, TERMINAL, "撤回")
        .state(CONCLUDED, SETTLED, "办结")
        .state(FOLLOWED_UP, SETTLED, "回访")
        .state(CLOSED, TERMINAL, "归档")
        .clock(HANDLING)
        .clock(INSPECTION_CLOCK)
        .clock(FOLLOW_UP_CLOCK)
        .registration().to(REQUESTED).by(CITIZEN, PETITION_PROXY, GRID_WORKER)
            .startsClock(HANDLING, ACCEPTANCE).tags(EventTag.REGISTRATION).add()
        .on(ACCEPT).from(REQUESTED).to(ACCEPTED).by(PETITION_PROXY).assignsHandler()
            .startsClock(HANDLING, HANDLING).startsClock(INSPECTION_CLOCK, INSPECTION)
            .tags(EventTag.ACCEPTANCE).add()
        .on(DECLINE).from(REQUESTED).to(DECLINED).by(PETITION_PROXY).requiresReason()
            .endsClock(HANDLING).tags(EventTag.REFUSAL).add()
        .on(FILE).from(ACCEPTED).to(FILED).by(PETITION_PROXY)
            .tags(EventTag.FILING).add()
        .on(INSPECT).from(followed).stay().by(PETITION_PROXY)
            .startsClock(INSPECTION_CLOCK, INSPECTION).tags(EventTag.INSPECTION).add()
        .on(SUPERVISE).from(followed).stay().by(SUPERVISOR, PETITION_OFFICE)
            .tags(EventTag.SUPERVISION).add()
        .on(ESCALATE).from(REQUESTED, ACCEPTED, FILED).stay()
            .by(SUPERVISOR, PETITION_OFFICE, SYSTEM).requiresReason().escalates().add()
        .on(WITHDRAW).from(REQUESTED, ACCEPTED, FILED).to(WITHDRAWN).by(CITIZEN)
            .endsClock(HANDLING).endsClock(INSPECTION_CLOCK).tags(EventTag.TERMINATION).add()
        .on(CONCLUDE).from(FILED).to(CONCLUDED).by(PETITION_PROXY, PETITION_OFFICE)
            .stopsClock(HANDLING).endsClock(INSPECTION_CLOCK)
            .startsClock(FOLLOW_UP_CLOCK, FOLLOW_UP).tags(EventTag.CONCLUSION).add()
        .on(FOLLOW_UP_VISIT).from(CONCLUDED).to(FOLLOWED_UP).by(PETITION_PROXY)
            .recordsRating().endsClock(FOLLOW_UP_CLOCK).tags(EventTag.FOLLOW_UP).add()
        .on(REOPEN).from(FOLLOWED_UP).to(FILED).by(PETITION_OFFICE).requiresReason()
            .startsClock(HANDLING, HANDLING).startsClock(INSPECTION_CLOCK, INSPECTION)
            .tags(EventTag.REOPENING).add()
        .on(CLOSE).from(FOLLOWED_UP).to(CLOSED).by(PETITION_PROXY, PETITION_OFFICE, SYSTEM)
            .tags(EventTag.CLOSURE).add()
        .timeLimits(defaultLimits());
  }
}
