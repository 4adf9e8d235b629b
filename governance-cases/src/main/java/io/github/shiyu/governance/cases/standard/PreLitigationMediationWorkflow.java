package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.Role.CITIZEN;
import static io.github.shiyu.governance.cases.Role.COURT;
import static io.github.shiyu.governance.cases.Role.MEDIATOR;
import static io.github.shiyu.governance.cases.Role.SYSTEM;
import static io.github.shiyu.governance.cases.StateKind.SETTLED;
import static io.github.shiyu.governance.cases.StateKind.OPEN;
import static io.github.shiyu.governance.cases.StateKind.TERMINAL;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Procedure;
import io.github.shiyu.governance.cases.StateName;
import io.github.shiyu.governance.cases.TimeLimits;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.WorkflowBuilder;
import io.github.shiyu.governance.core.time.DeadlinePolicy;

/**
 * Pre-litigation mediation (诉前调解): the court delegates; mediation runs 30 days, extendable by
 * consent of the parties; an agreement ends in judicial confirmation or a court mediation
 * document (or is performed and closed); without agreement when the period ends, or when the
 * parties refuse, the case is filed at once. The court may instead file the case and mediate
 * on (立案后调解) for 15 days under the ordinary procedure or 7 under the simplified one
 * (the command's {@link Procedure}); an agreement then ends in a court mediation document,
 * none when the period ends leaves the case filed for trial. Suzhou's success rate divides the agreements
 * ({@link EventTag#AGREEMENT}) by the concluded cases ({@link EventTag#CONCLUSION}). An expert
 * joins an open mediation with {@code joinExpert} ({@link EventTag#EXPERT_JOINED}).
 *
 * <p>Clock: {@value #HANDLING} (primary: from delegation, limit {@value #MEDIATION}, extended
 * by {@value #EXTENSION}).
 *
 * <pre>{@code
 * Workflow w = PreLitigationMediationWorkflow.definition();
 * Command lapse = Command.of("lapse", Actor.system());   // files the case when 30 days are up
 * }</pre>
 */
public final class PreLitigationMediationWorkflow {

  /** The primary clock. */
  public static final String HANDLING = "handling";
  /** The mediation period (30 days). */
  public static final String MEDIATION = "mediation";
  /** The time an extension agreed by the parties adds. */
  public static final String EXTENSION = "extension";
  /** Mediation after filing under the ordinary procedure (15 days). */
  public static final String ORDINARY_MEDIATION = "ordinaryMediation";
  /** Mediation after filing under the simplified procedure (7 days). */
  public static final String SIMPLIFIED_MEDIATION = "simplifiedMediation";


  // the vocabulary: typed names of the states and commands, in declaration order

  /** State {@code DELEGATED} (委派调解). */
  public static final StateName DELEGATED = StateName.of("DELEGATED");
  /** State {@code MEDIATING} (调解中). */
  public static final StateName MEDIATING = StateName.of("MEDIATING");
  /** State {@code AGREED} (达成调解协议). */
  public static final StateName AGREED = StateName.of("AGREED");
  /** State {@code CONFIRMED} (司法确认/出具调解书). */
  public static final StateName CONFIRMED = StateName.of("CONFIRMED");
  /** State {@code CLOSED} (自动履行结案). */
  public static final StateName CLOSED = StateName.of("CLOSED");
  /** State {@code FILED} (登记立案). */
  public static final StateName FILED = StateName.of("FILED");
  /** State {@code MEDIATING_AFTER_FILING} (立案后调解). */
  public static final StateName MEDIATING_AFTER_FILING = StateName.of("MEDIATING_AFTER_FILING");

  /** Command {@code accept}. */
  public static final CommandName ACCEPT = CommandName.of("accept");
  /** Command {@code decline}. */
  public static final CommandName DECLINE = CommandName.of("decline");
  /** Command {@code extend}. */
  public static final CommandName EXTEND = CommandName.of("extend");
  /** Command {@code agree}. */
  public static final CommandName AGREE = CommandName.of("agree");
  /** Command {@code fail}. */
  public static final CommandName FAIL = CommandName.of("fail");
  /** Command {@code lapse}. */
  public static final CommandName LAPSE = CommandName.of("lapse");
  /** Command {@code confirm}. */
  public static final CommandName CONFIRM = CommandName.of("confirm");
  /** Command {@code close}. */
  public static final CommandName CLOSE = CommandName.of("close");
  /** Command {@code mediateAfterFiling}: the court files the case and mediates on. */
  public static final CommandName MEDIATE_AFTER_FILING = CommandName.of("mediateAfterFiling");
  /**
   * Command {@code joinExpert} (专家参与): an expert of the command's {@linkplain
   * io.github.shiyu.governance.cases.Command#withExpert field} joins the open mediation.
   */
  public static final CommandName JOIN_EXPERT = CommandName.of("joinExpert");

  private PreLitigationMediationWorkflow() {}

  /**
   * The defaults: mediation 30 calendar days; an extension agreed by the parties of 30
   * calendar days (the length is not fixed publicly: a documented choice); mediation after
   * filing 15 calendar days under the ordinary procedure, 7 under the simplified one.
   *
   * @return the defaults, to change with {@link TimeLimits#with}
   */
  public static TimeLimits defaultLimits() {
    return TimeLimits.builder()
        .limit(MEDIATION, DeadlinePolicy.calendarDays(30))
        .limit(EXTENSION, DeadlinePolicy.calendarDays(30))
        .limit(ORDINARY_MEDIATION, DeadlinePolicy.calendarDays(15))
        .limit(SIMPLIFIED_MEDIATION, DeadlinePolicy.calendarDays(7))
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
    return Workflow.builder("pre-litigation-mediation", CaseType.PRE_LITIGATION).version(3)
        .state(DELEGATED, OPEN, "委派调解")
        .state(MEDIATING, OPEN, "调解中")
        .state(AGREED, SETTLED, "达成调解协议")
        .state(CONFIRMED, TERMINAL, "司法确认/出具调解书")
        .state(CLOSED, TERMINAL, "自动履行结案")
        .state(FILED, TERMINAL, "登记立案")
        .state(MEDIATING_AFTER_FILING, OPEN, "立案后调解")
        .clock(HANDLING)
        .registration().to(DELEGATED).by(COURT)
            .startsClock(HANDLING, MEDIATION).tags(EventTag.REGISTRATION).add()
        .on(ACCEPT).from(DELEGATED).to(MEDIATING).by(MEDIATOR).assignsHandler()
            .tags(EventTag.ACCEPTANCE, EventTag.MEDIATION).add()
        .on(DECLINE).from(DELEGATED).to(FILED).by(MEDIATOR, CITIZEN).requiresReason()
            .stopsClock(HANDLING).tags(EventTag.REFUSAL, EventTag.FILING).add()
        .on(EXTEND).from(MEDIATING).stay().by(MEDIATOR).requiresReason()
            .within(HANDLING).extendsClock(HANDLING, EXTENSION).tags(EventTag.EXTENSION).add()
        .on(AGREE).from(MEDIATING).to(AGREED).by(MEDIATOR).stopsClock(HANDLING)
            .tags(EventTag.AGREEMENT, EventTag.CONCLUSION).add()
        .on(FAIL).from(MEDIATING).to(FILED).by(MEDIATOR).requiresReason()
            .stopsClock(HANDLING)
            .tags(EventTag.FAILURE, EventTag.CONCLUSION, EventTag.FILING, EventTag.CLOSURE).add()
        .on(LAPSE).from(DELEGATED, MEDIATING).to(FILED).by(SYSTEM).afterLapse(HANDLING)
            .stopsClock(HANDLING)
            .tags(EventTag.LAPSE, EventTag.FAILURE, EventTag.CONCLUSION, EventTag.FILING,
                EventTag.CLOSURE).add()
        // 立案后调解: the court files the case and mediation goes on, with the limit of the
        // procedure the case follows; an agreement ends in a court mediation document
        .on(MEDIATE_AFTER_FILING).from(DELEGATED, MEDIATING).to(MEDIATING_AFTER_FILING)
            .by(COURT).requiresReason()
            .when("the simplified procedure applies",
                (kase, command, now) -> command.procedureIs(Procedure.SIMPLIFIED))
            .startsClock(HANDLING, SIMPLIFIED_MEDIATION)
            .tags(EventTag.FILING, EventTag.MEDIATION).add()
        .on(MEDIATE_AFTER_FILING).from(DELEGATED, MEDIATING).to(MEDIATING_AFTER_FILING)
            .by(COURT).requiresReason().startsClock(HANDLING, ORDINARY_MEDIATION)
            .tags(EventTag.FILING, EventTag.MEDIATION).add()
        .on(AGREE).from(MEDIATING_AFTER_FILING).to(AGREED).by(MEDIATOR, COURT)
            .stopsClock(HANDLING).tags(EventTag.AGREEMENT, EventTag.CONCLUSION).add()
        .on(FAIL).from(MEDIATING_AFTER_FILING).to(FILED).by(MEDIATOR, COURT).requiresReason()
            .stopsClock(HANDLING)
            .tags(EventTag.FAILURE, EventTag.CONCLUSION, EventTag.CLOSURE).add()
        .on(LAPSE).from(MEDIATING_AFTER_FILING).to(FILED).by(SYSTEM).afterLapse(HANDLING)
            .stopsClock(HANDLING)
            .tags(EventTag.LAPSE, EventTag.FAILURE, EventTag.CONCLUSION, EventTag.CLOSURE).add()
        .on(JOIN_EXPERT).from(DELEGATED, MEDIATING, MEDIATING_AFTER_FILING).stay()
            .by(MEDIATOR, COURT).recordsExpert().add()
        .on(CONFIRM).from(AGREED).to(CONFIRMED).by(COURT)
            .tags(EventTag.JUDICIAL_CONFIRMATION, EventTag.CLOSURE).add()
        .on(CLOSE).from(AGREED).to(CLOSED).by(MEDIATOR, COURT)
            .tags(EventTag.CLOSURE).add()
        .timeLimits(defaultLimits());
  }
}
