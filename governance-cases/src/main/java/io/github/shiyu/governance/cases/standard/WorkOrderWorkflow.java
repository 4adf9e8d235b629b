package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.EventTag.ACKNOWLEDGEMENT;
import static io.github.shiyu.governance.cases.EventTag.CLOSURE;
import static io.github.shiyu.governance.cases.EventTag.CONCLUSION;
import static io.github.shiyu.governance.cases.EventTag.DISPATCH;
import static io.github.shiyu.governance.cases.EventTag.FOLLOW_UP;
import static io.github.shiyu.governance.cases.EventTag.REGISTRATION;
import static io.github.shiyu.governance.cases.EventTag.REOPENING;
import static io.github.shiyu.governance.cases.EventTag.REPLY;
import static io.github.shiyu.governance.cases.EventTag.RESUMPTION;
import static io.github.shiyu.governance.cases.EventTag.SUPERVISION;
import static io.github.shiyu.governance.cases.EventTag.SUSPENSION;
import static io.github.shiyu.governance.cases.EventTag.TRANSFER;
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
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.TimeLimits;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.core.time.DeadlinePolicy;

/**
 * The hotline / city operations work order (工单: 12345, 城运, 接诉即办), closed loop after the
 * State Council's 2020 guideline: register, dispatch, acknowledge (or return with a reason
 * within the return limit), reply, verify, follow up, rate, close. A dissatisfied rating or a
 * failed check reopens it (重办); an extension needs approval; supervision notices and urgent
 * transfers are recorded; a suspension stops the clock.
 *
 * <p>Clocks: {@value #HANDLING} (primary: from registration, limit {@value #HANDLING} by
 * category, extended by {@value #EXTENSION}, stopped at the reply, restarted on reopening) and
 * {@value #RETURN_WINDOW} (from dispatch, limit {@value #RETURN}).
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

  private WorkOrderWorkflow() {}

  /**
   * The default limits: handling by category after Guangdong (consultation 2 working days,
   * help-seeking and suggestions 10, complaints and reports 15, anything else 15); returns
   * within 2 working days and one extension of up to 10 working days after Shandong.
   *
   * @return the defaults, to change with {@link TimeLimits#with}
   */
  public static TimeLimits defaultLimits() {
    return TimeLimits.builder()
        .limit(HANDLING, DeadlinePolicy.workingDays(15))
        .limit(HANDLING, "hotline.consultation", DeadlinePolicy.workingDays(2))
        .limit(HANDLING, "hotline.help_seeking", DeadlinePolicy.workingDays(10))
        .limit(HANDLING, "hotline.suggestion", DeadlinePolicy.workingDays(10))
        .limit(HANDLING, "hotline.complaint", DeadlinePolicy.workingDays(15))
        .limit(HANDLING, "hotline.report", DeadlinePolicy.workingDays(15))
        .limit(RETURN, DeadlinePolicy.workingDays(2))
        .limit(EXTENSION, DeadlinePolicy.workingDays(10))
        .count(EXTENSIONS, 1)
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
   * drop some with {@link Workflow.Builder#withoutCommand} and
   * {@link Workflow.Builder#withoutState}, set other limits, then {@code build()}.
   *
   * @return a fresh builder with every state, clock and transition of the definition
   */
  public static Workflow.Builder builder() {
    return Workflow.builder("work-order", CaseType.WORK_ORDER)
        .state("REGISTERED", OPEN, "已登记")
        .state("DISPATCHED", OPEN, "已派单")
        .state("ACKNOWLEDGED", OPEN, "已签收")
        .state("RETURNED", OPEN, "已退单")
        .state("SUSPENDED", OPEN, "已中止")
        .state("REOPENED", OPEN, "重办")
        .state("REPLIED", OPEN, "已答复")
        .state("VERIFIED", SETTLED, "已办结确认")
        .state("FOLLOWED_UP", SETTLED, "已回访")
        .state("RATED", SETTLED, "已评价")
        .state("CLOSED", TERMINAL, "已归档")
        .clock(HANDLING)
        .clock(RETURN_WINDOW)
        .registration().to("REGISTERED").by(OPERATIONS_CENTER, GRID_WORKER, CITIZEN)
            .startsClock(HANDLING, HANDLING).tags(REGISTRATION, EventTag.ACCEPTANCE).add()
        .on("dispatch").from("REGISTERED", "RETURNED").to("DISPATCHED").by(OPERATIONS_CENTER)
            .assignsHandler().startsClock(RETURN_WINDOW, RETURN).tags(DISPATCH).add()
        .on("acknowledge").from("DISPATCHED").to("ACKNOWLEDGED").by(DEPARTMENT)
            .tags(ACKNOWLEDGEMENT).add()
        .on("returnOrder").from("DISPATCHED", "ACKNOWLEDGED").to("RETURNED").by(DEPARTMENT)
            .requiresReason().clearsHandler().within(RETURN_WINDOW).endsClock(RETURN_WINDOW)
            .tags(EventTag.RETURN).add()
        .on("transfer").from("DISPATCHED", "ACKNOWLEDGED").to("DISPATCHED")
            .by(OPERATIONS_CENTER).requiresReason().assignsHandler()
            .startsClock(RETURN_WINDOW, RETURN).tags(TRANSFER).add()
        .on("extend").from("ACKNOWLEDGED", "REOPENED").stay().by(OPERATIONS_CENTER)
            .requiresReason().atMost(EXTENSIONS).extendsClock(HANDLING, EXTENSION)
            .tags(EventTag.EXTENSION).add()
        .on("suspend").from("ACKNOWLEDGED").to("SUSPENDED").by(OPERATIONS_CENTER)
            .requiresReason().stopsClock(HANDLING).tags(SUSPENSION).add()
        .on("resume").from("SUSPENDED").to("ACKNOWLEDGED").by(OPERATIONS_CENTER)
            .resumesClock(HANDLING).tags(RESUMPTION).add()
        .on("supervise").from("DISPATCHED", "ACKNOWLEDGED", "SUSPENDED", "REOPENED").stay()
            .by(SUPERVISOR, OPERATIONS_CENTER).tags(SUPERVISION).add()
        .on("reply").from("ACKNOWLEDGED", "REOPENED").to("REPLIED").by(DEPARTMENT)
            .stopsClock(HANDLING).endsClock(RETURN_WINDOW).tags(REPLY, CONCLUSION).add()
        .on("verify").from("REPLIED").to("VERIFIED").by(OPERATIONS_CENTER)
            .tags(VERIFICATION).add()
        .on("reopen").from("REPLIED").to("REOPENED").by(OPERATIONS_CENTER).requiresReason()
            .startsClock(HANDLING, HANDLING).tags(REOPENING).add()
        .on("followUp").from("VERIFIED").to("FOLLOWED_UP").by(OPERATIONS_CENTER)
            .tags(FOLLOW_UP).add()
        .on("rate").from("VERIFIED", "FOLLOWED_UP").to("REOPENED").by(CITIZEN, OPERATIONS_CENTER)
            .when("the rating is dissatisfied",
                (kase, command, now) -> command.ratingIs(Rating.DISSATISFIED))
            .recordsRating().startsClock(HANDLING, HANDLING).tags(REOPENING).add()
        .on("rate").from("VERIFIED", "FOLLOWED_UP").to("RATED").by(CITIZEN, OPERATIONS_CENTER)
            .recordsRating().add()
        .on("close").from("RATED", "FOLLOWED_UP").to("CLOSED").by(OPERATIONS_CENTER, SYSTEM)
            .tags(CLOSURE).add()
        .timeLimits(defaultLimits());
  }
}
