package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.EventTag.ACKNOWLEDGEMENT;
import static io.github.shiyu.governance.cases.EventTag.CLOSURE;
import static io.github.shiyu.governance.cases.EventTag.CONCLUSION;
import static io.github.shiyu.governance.cases.EventTag.REGISTRATION;
import static io.github.shiyu.governance.cases.EventTag.REOPENING;
import static io.github.shiyu.governance.cases.EventTag.RESUMPTION;
import static io.github.shiyu.governance.cases.EventTag.SUPERVISION;
import static io.github.shiyu.governance.cases.EventTag.SUSPENSION;
import static io.github.shiyu.governance.cases.EventTag.VERIFICATION;
import static io.github.shiyu.governance.cases.Role.CITIZEN;
import static io.github.shiyu.governance.cases.Role.DEPARTMENT;
import static io.github.shiyu.governance.cases.Role.GRID_WORKER;
import static io.github.shiyu.governance.cases.Role.OPERATIONS_CENTER;
import static io.github.shiyu.governance.cases.Role.SUPERVISOR;
import static io.github.shiyu.governance.cases.Role.SYSTEM;
import static io.github.shiyu.governance.cases.StateKind.SETTLED;
import static io.github.shiyu.governance.cases.StateKind.OPEN;
import static io.github.shiyu.governance.cases.StateKind.TERMINAL;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.StateName;
import io.github.shiyu.governance.cases.TimeLimits;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.WorkflowBuilder;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import java.time.Duration;

/**
 * The hotline / city operations work order (工单: 12345, 城运, 接诉即办), closed loop after the
 * State Council's 2020 guideline: register, dispatch, acknowledge (or return with a reason
 * within the return limit), reply, verify, follow up, rate, close. A dissatisfied rating or a
 * failed check reopens it (重办); an extension needs approval; an urgent matter is transferred
 * at once with the shorter {@value #URGENT} limit; a supervision notice (督办) sets the
 * {@value #SUPERVISION_CLOCK} deadline for the handler's answer; an overdue order or an
 * unanswered notice is escalated; a suspension stops the clock.
 *
 * <p>Clocks: {@value #HANDLING} (primary: from registration, limit {@value #HANDLING} by
 * category, extended by {@value #EXTENSION}, stopped at the reply, restarted on reopening) and
 * {@value #RETURN_WINDOW} (from dispatch, limit {@value #RETURN}) and
 * {@value #SUPERVISION_CLOCK} (from a supervision notice, limit {@value #SUPERVISION_NOTICE},
 * ended by the answer or the reply).
 *
 * <pre>{@code
 * Workflow w = WorkOrderWorkflow.definition();
 * w.toMermaid();   // the diagram in docs/workflows/work-order.md
 * }</pre>
 */
public final class WorkOrderWorkflow {

  /** The primary clock and its time limit (by category). */
  public static final String HANDLING = "handling";
  /** The clock within which a wrongly dispatched order may be returned. */
  public static final String RETURN_WINDOW = "returnWindow";
  /** The time limit for returning an order. */
  public static final String RETURN = "return";
  /** The time limit an approved extension adds. */
  public static final String EXTENSION = "extension";
  /** The count limit on extensions. */
  public static final String EXTENSIONS = "extensions";
  /** The handling limit of an urgent matter transferred at once. */
  public static final String URGENT = "urgent";
  /** The clock a supervision notice starts: the handler's answer is due by it. */
  public static final String SUPERVISION_CLOCK = "supervisionClock";
  /** The time limit a supervision notice sets. */
  public static final String SUPERVISION_NOTICE = "supervisionNotice";


  // the vocabulary: typed names of the states and commands, in declaration order

  /** State {@code REGISTERED} (已登记). */
  public static final StateName REGISTERED = StateName.of("REGISTERED");
  /** State {@code DISPATCHED} (已派单). */
  public static final StateName DISPATCHED = StateName.of("DISPATCHED");
  /** State {@code ACKNOWLEDGED} (已签收). */
  public static final StateName ACKNOWLEDGED = StateName.of("ACKNOWLEDGED");
  /** State {@code RETURNED} (已退单). */
  public static final StateName RETURNED = StateName.of("RETURNED");
  /** State {@code SUSPENDED} (已中止). */
  public static final StateName SUSPENDED = StateName.of("SUSPENDED");
  /** State {@code REOPENED} (重办). */
  public static final StateName REOPENED = StateName.of("REOPENED");
  /** State {@code REPLIED} (已答复). */
  public static final StateName REPLIED = StateName.of("REPLIED");
  /** State {@code VERIFIED} (已办结确认). */
  public static final StateName VERIFIED = StateName.of("VERIFIED");
  /** State {@code FOLLOWED_UP} (已回访). */
  public static final StateName FOLLOWED_UP = StateName.of("FOLLOWED_UP");
  /** State {@code RATED} (已评价). */
  public static final StateName RATED = StateName.of("RATED");
  /** State {@code CLOSED} (已归档). */
  public static final StateName CLOSED = StateName.of("CLOSED");

  /** Command {@code dispatch}. */
  public static final CommandName DISPATCH = CommandName.of("dispatch");
  /** Command {@code acknowledge}. */
  public static final CommandName ACKNOWLEDGE = CommandName.of("acknowledge");
  /** Command {@code returnOrder}. */
  public static final CommandName RETURN_ORDER = CommandName.of("returnOrder");
  /** Command {@code transfer}. */
  public static final CommandName TRANSFER = CommandName.of("transfer");
  /** Command {@code extend}. */
  public static final CommandName EXTEND = CommandName.of("extend");
  /** Command {@code suspend}. */
  public static final CommandName SUSPEND = CommandName.of("suspend");
  /** Command {@code resume}. */
  public static final CommandName RESUME = CommandName.of("resume");
  /** Command {@code supervise}: issues a supervision notice with a deadline. */
  public static final CommandName SUPERVISE = CommandName.of("supervise");
  /** Command {@code answerSupervision}: the handler answers the notice. */
  public static final CommandName ANSWER_SUPERVISION = CommandName.of("answerSupervision");
  /** Command {@code escalate}. */
  public static final CommandName ESCALATE = CommandName.of("escalate");
  /** Command {@code transferUrgently}: an urgent matter transferred at once. */
  public static final CommandName TRANSFER_URGENTLY = CommandName.of("transferUrgently");
  /** Command {@code reply}. */
  public static final CommandName REPLY = CommandName.of("reply");
  /** Command {@code verify}. */
  public static final CommandName VERIFY = CommandName.of("verify");
  /** Command {@code reopen}. */
  public static final CommandName REOPEN = CommandName.of("reopen");
  /** Command {@code followUp}. */
  public static final CommandName FOLLOW_UP = CommandName.of("followUp");
  /** Command {@code rate}. */
  public static final CommandName RATE = CommandName.of("rate");
  /** Command {@code close}. */
  public static final CommandName CLOSE = CommandName.of("close");

  private WorkOrderWorkflow() {}

  private static CaseCategory hotline(String kind) {
    return CategoryTaxonomy.standard().require("hotline." + kind);
  }

  /**
   * The default limits: handling by category after Guangdong (consultation 2 working days,
   * help-seeking and suggestions 10, complaints and reports 15, anything else 15); returns
   * within 2 working days and one extension of up to 10 working days after Shandong; an
   * urgent matter transferred at once is handled within 2 hours and a supervision notice
   * answered within 1 working day (no public rule for either: documented choices).
   *
   * @return the defaults, to change with {@link TimeLimits#with}
   */
  public static TimeLimits defaultLimits() {
    return TimeLimits.builder()
        .limit(HANDLING, DeadlinePolicy.workingDays(15))
        .limit(HANDLING, hotline("consultation"), DeadlinePolicy.workingDays(2))
        .limit(HANDLING, hotline("help_seeking"), DeadlinePolicy.workingDays(10))
        .limit(HANDLING, hotline("suggestion"), DeadlinePolicy.workingDays(10))
        .limit(HANDLING, hotline("complaint"), DeadlinePolicy.workingDays(15))
        .limit(HANDLING, hotline("report"), DeadlinePolicy.workingDays(15))
        .limit(RETURN, DeadlinePolicy.workingDays(2))
        .limit(EXTENSION, DeadlinePolicy.workingDays(10))
        .count(EXTENSIONS, 1)
        .limit(URGENT, Duration.ofHours(2))
        .limit(SUPERVISION_NOTICE, DeadlinePolicy.workingDays(1))
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
    StateName[] open = {REGISTERED, DISPATCHED, ACKNOWLEDGED, RETURNED, SUSPENDED, REOPENED};
    return Workflow.builder("work-order", CaseType.WORK_ORDER).version(2)
        .state(REGISTERED, OPEN, "已登记")
        .state(DISPATCHED, OPEN, "已派单")
        .state(ACKNOWLEDGED, OPEN, "已签收")
        .state(RETURNED, OPEN, "已退单")
        .state(SUSPENDED, OPEN, "已中止")
        .state(REOPENED, OPEN, "重办")
        .state(REPLIED, OPEN, "已答复")
        .state(VERIFIED, SETTLED, "已办结确认")
        .state(FOLLOWED_UP, SETTLED, "已回访")
        .state(RATED, SETTLED, "已评价")
        .state(CLOSED, TERMINAL, "已归档")
        .clock(HANDLING)
        .clock(RETURN_WINDOW)
        .clock(SUPERVISION_CLOCK)
        .registration().to(REGISTERED).by(OPERATIONS_CENTER, GRID_WORKER, CITIZEN)
            .startsClock(HANDLING, HANDLING).tags(REGISTRATION, EventTag.ACCEPTANCE).add()
        .on(DISPATCH).from(REGISTERED, RETURNED).to(DISPATCHED).by(OPERATIONS_CENTER)
            .assignsHandler().startsClock(RETURN_WINDOW, RETURN).tags(EventTag.DISPATCH).add()
        // 紧急事项即时转办: sent to the department at once, with the shorter urgent limit
        .on(TRANSFER_URGENTLY).from(REGISTERED, RETURNED).to(DISPATCHED).by(OPERATIONS_CENTER)
            .requiresReason().assignsHandler().startsClock(HANDLING, URGENT)
            .startsClock(RETURN_WINDOW, RETURN)
            .tags(EventTag.DISPATCH, EventTag.TRANSFER).add()
        .on(ACKNOWLEDGE).from(DISPATCHED).to(ACKNOWLEDGED).by(DEPARTMENT)
            .tags(ACKNOWLEDGEMENT).add()
        .on(RETURN_ORDER).from(DISPATCHED, ACKNOWLEDGED).to(RETURNED).by(DEPARTMENT)
            .requiresReason().clearsHandler().within(RETURN_WINDOW).endsClock(RETURN_WINDOW)
            .tags(EventTag.RETURN).add()
        .on(TRANSFER).from(DISPATCHED, ACKNOWLEDGED).to(DISPATCHED)
            .by(OPERATIONS_CENTER).requiresReason().assignsHandler()
            .startsClock(RETURN_WINDOW, RETURN).tags(EventTag.TRANSFER).add()
        .on(EXTEND).from(ACKNOWLEDGED, REOPENED).stay().by(OPERATIONS_CENTER)
            .requiresReason().atMost(EXTENSIONS).extendsClock(HANDLING, EXTENSION)
            .tags(EventTag.EXTENSION).add()
        .on(SUSPEND).from(ACKNOWLEDGED).to(SUSPENDED).by(OPERATIONS_CENTER)
            .requiresReason().stopsClock(HANDLING).tags(SUSPENSION).add()
        .on(RESUME).from(SUSPENDED).to(ACKNOWLEDGED).by(OPERATIONS_CENTER)
            .resumesClock(HANDLING).tags(RESUMPTION).add()
        // 督办: a notice saying what is pressed for, answered by a deadline; an unanswered
        // notice is a duty missed, which the escalation policy escalates
        .on(SUPERVISE).from(DISPATCHED, ACKNOWLEDGED, SUSPENDED, REOPENED).stay()
            .by(SUPERVISOR, OPERATIONS_CENTER).requiresReason()
            .startsClock(SUPERVISION_CLOCK, SUPERVISION_NOTICE).tags(SUPERVISION).add()
        .on(ANSWER_SUPERVISION).from(DISPATCHED, ACKNOWLEDGED, SUSPENDED, REOPENED).stay()
            .by(DEPARTMENT).requiresReason()
            .guard("a supervision notice awaits an answer",
                (kase, command, now) -> kase.deadline(SUPERVISION_CLOCK).isPresent())
            .endsClock(SUPERVISION_CLOCK).tags(EventTag.REPLY).add()
        .on(ESCALATE).from(open).stay().by(SUPERVISOR, OPERATIONS_CENTER, SYSTEM)
            .requiresReason().escalates().add()
        .on(REPLY).from(ACKNOWLEDGED, REOPENED).to(REPLIED).by(DEPARTMENT)
            .stopsClock(HANDLING).endsClock(RETURN_WINDOW).endsClock(SUPERVISION_CLOCK)
            .tags(EventTag.REPLY, CONCLUSION).add()
        .on(VERIFY).from(REPLIED).to(VERIFIED).by(OPERATIONS_CENTER)
            .tags(VERIFICATION).add()
        .on(REOPEN).from(REPLIED).to(REOPENED).by(OPERATIONS_CENTER).requiresReason()
            .startsClock(HANDLING, HANDLING).tags(REOPENING).add()
        .on(FOLLOW_UP).from(VERIFIED).to(FOLLOWED_UP).by(OPERATIONS_CENTER)
            .tags(EventTag.FOLLOW_UP).add()
        .on(RATE).from(VERIFIED, FOLLOWED_UP).to(REOPENED).by(CITIZEN, OPERATIONS_CENTER)
            .when("the rating is dissatisfied",
                (kase, command, now) -> command.ratingIs(Rating.DISSATISFIED))
            .recordsRating().startsClock(HANDLING, HANDLING).tags(REOPENING).add()
        .on(RATE).from(VERIFIED, FOLLOWED_UP).to(RATED).by(CITIZEN, OPERATIONS_CENTER)
            .recordsRating().add()
        .on(CLOSE).from(RATED, FOLLOWED_UP).to(CLOSED).by(OPERATIONS_CENTER, SYSTEM)
            .tags(CLOSURE).add()
        .timeLimits(defaultLimits());
  }
}
