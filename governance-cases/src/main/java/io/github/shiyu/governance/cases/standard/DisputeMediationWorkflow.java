package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.RiskLevel.ORANGE;
import static io.github.shiyu.governance.cases.RiskLevel.RED;
import static io.github.shiyu.governance.cases.RiskLevel.YELLOW;
import static io.github.shiyu.governance.cases.Role.CITIZEN;
import static io.github.shiyu.governance.cases.Role.COURT;
import static io.github.shiyu.governance.cases.Role.DEPARTMENT;
import static io.github.shiyu.governance.cases.Role.GOVERNANCE_CENTER;
import static io.github.shiyu.governance.cases.Role.GRID_WORKER;
import static io.github.shiyu.governance.cases.Role.LEAD_OFFICIAL;
import static io.github.shiyu.governance.cases.Role.MEDIATOR;
import static io.github.shiyu.governance.cases.Role.SUPERVISOR;
import static io.github.shiyu.governance.cases.Role.SYSTEM;
import static io.github.shiyu.governance.cases.StateKind.SETTLED;
import static io.github.shiyu.governance.cases.StateKind.OPEN;
import static io.github.shiyu.governance.cases.StateKind.TERMINAL;

import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.StateName;
import io.github.shiyu.governance.cases.TimeLimit;
import io.github.shiyu.governance.cases.TimeLimits;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.WorkflowBuilder;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.PartyRole;
import java.time.Duration;

/**
 * Dispute mediation (矛盾纠纷多元化解), after Kuiwen, Tongliao, Xiangyang and Guangdong's 4+2
 * flow: register; accept (or reject with a reason); mediate on the spot (先行调解) or assess
 * the risk and set the tier; route by tier (simple: one department; complex: joint mediation
 * of several departments, 联调联动; major: a named lead official, 包保领导); resolved with a
 * mediation agreement or failed and referred to litigation, arbitration or administrative
 * review; judicial confirmation applied for within 30 days of the agreement, which the court
 * confirms or refuses (after a refusal the parties mediate again or go to court); follow-up;
 * closed. The risk level an assessment sets (red, orange, yellow) starts the
 * {@value #RISK_REPORT} clock with that level's reporting limit. Mediation runs about one
 * month; it goes on only when both parties consent ({@link
 * io.github.shiyu.governance.cases.Extension#withConsentOf}), at most
 * {@value #MEDIATION_EXTENSIONS} times. The case climbs the escalation ladder village,
 * township, county, city. Experts (a psychologist, a legal-consultation expert, a lawyer)
 * join an open case with {@code joinExpert}, recorded in the case's handling.
 *
 * <p>Clocks: {@value #HANDLING} (primary: from registration, limit {@value #MEDIATION},
 * extended by consent with {@value #MEDIATION_EXTENSION}, stopped when resolved or failed) and
 * {@value #CONFIRMATION_WINDOW} (from the agreement, limit {@value #JUDICIAL_CONFIRMATION};
 * a follow-up visit leaves it running, so the parties can still apply after a visit; the
 * request or archiving ends it).
 *
 * <pre>{@code
 * Workflow w = DisputeMediationWorkflow.definition();
 * Command route = Command.of("route", center).withHandler("lead-official-3");
 * }</pre>
 */
public final class DisputeMediationWorkflow {

  /** The primary clock. */
  public static final String HANDLING = "handling";
  /** The time limit for mediation (about one month). */
  public static final String MEDIATION = "mediation";
  /** The time an extension agreed by both parties adds. */
  public static final String MEDIATION_EXTENSION = "mediationExtension";
  /** The clock of the judicial confirmation window. */
  public static final String CONFIRMATION_WINDOW = "confirmationWindow";
  /** The time limit for applying for judicial confirmation after the agreement (30 days). */
  public static final String JUDICIAL_CONFIRMATION = "judicialConfirmation";
  /** The count limit on extensions agreed by both parties. */
  public static final String MEDIATION_EXTENSIONS = "mediationExtensions";
  /** The clock of the risk report an assessment's level calls for. */
  public static final String RISK_REPORT = "riskReport";
  /** The time limit for reporting a red-level risk ("at once"). */
  public static final String RED_REPORT = "redReport";
  /** The time limit for reporting an orange-level risk (the same day). */
  public static final String ORANGE_REPORT = "orangeReport";
  /** The time limit for reporting a yellow-level risk settled on the spot. */
  public static final String YELLOW_REPORT = "yellowReport";


  // the vocabulary: typed names of the states and commands, in declaration order

  /** State {@code REGISTERED} (登记). */
  public static final StateName REGISTERED = StateName.of("REGISTERED");
  /** State {@code ACCEPTED} (受理). */
  public static final StateName ACCEPTED = StateName.of("ACCEPTED");
  /** State {@code REJECTED} (不予受理). */
  public static final StateName REJECTED = StateName.of("REJECTED");
  /** State {@code ASSESSED} (风险研判). */
  public static final StateName ASSESSED = StateName.of("ASSESSED");
  /** State {@code MEDIATING} (部门调处). */
  public static final StateName MEDIATING = StateName.of("MEDIATING");
  /** State {@code JOINT_MEDIATING} (联调联动). */
  public static final StateName JOINT_MEDIATING = StateName.of("JOINT_MEDIATING");
  /** State {@code LEAD_MEDIATING} (包保领导牵头). */
  public static final StateName LEAD_MEDIATING = StateName.of("LEAD_MEDIATING");
  /** State {@code RESOLVED} (化解(调解协议)). */
  public static final StateName RESOLVED = StateName.of("RESOLVED");
  /** State {@code FAILED} (调解失败). */
  public static final StateName FAILED = StateName.of("FAILED");
  /** State {@code REFERRED} (转诉讼/仲裁/复议). */
  public static final StateName REFERRED = StateName.of("REFERRED");
  /** State {@code CONFIRMATION_REQUESTED} (申请司法确认). */
  public static final StateName CONFIRMATION_REQUESTED = StateName.of("CONFIRMATION_REQUESTED");
  /** State {@code CONFIRMED} (司法确认). */
  public static final StateName CONFIRMED = StateName.of("CONFIRMED");
  /** State {@code CONFIRMATION_REFUSED} (司法确认被驳回). */
  public static final StateName CONFIRMATION_REFUSED = StateName.of("CONFIRMATION_REFUSED");
  /** State {@code FOLLOWED_UP} (回访). */
  public static final StateName FOLLOWED_UP = StateName.of("FOLLOWED_UP");
  /** State {@code CLOSED} (归档). */
  public static final StateName CLOSED = StateName.of("CLOSED");

  /** Command {@code accept}. */
  public static final CommandName ACCEPT = CommandName.of("accept");
  /** Command {@code reject}. */
  public static final CommandName REJECT = CommandName.of("reject");
  /** Command {@code resolveOnSpot}. */
  public static final CommandName RESOLVE_ON_SPOT = CommandName.of("resolveOnSpot");
  /** Command {@code assess}. */
  public static final CommandName ASSESS = CommandName.of("assess");
  /** Command {@code route}. */
  public static final CommandName ROUTE = CommandName.of("route");
  /** Command {@code extend}. */
  public static final CommandName EXTEND = CommandName.of("extend");
  /** Command {@code supervise}. */
  public static final CommandName SUPERVISE = CommandName.of("supervise");
  /** Command {@code escalate}. */
  public static final CommandName ESCALATE = CommandName.of("escalate");
  /** Command {@code resolve}. */
  public static final CommandName RESOLVE = CommandName.of("resolve");
  /** Command {@code fail}. */
  public static final CommandName FAIL = CommandName.of("fail");
  /** Command {@code referToLitigation}. */
  public static final CommandName REFER_TO_LITIGATION = CommandName.of("referToLitigation");
  /** Command {@code requestConfirmation}. */
  public static final CommandName REQUEST_CONFIRMATION = CommandName.of("requestConfirmation");
  /** Command {@code confirm}. */
  public static final CommandName CONFIRM = CommandName.of("confirm");
  /** Command {@code refuseConfirmation}: the court does not confirm the agreement. */
  public static final CommandName REFUSE_CONFIRMATION = CommandName.of("refuseConfirmation");
  /** Command {@code mediate}: back to mediation after a refused confirmation. */
  public static final CommandName MEDIATE = CommandName.of("mediate");
  /** Command {@code reportRisk}: the assessed risk reported up. */
  public static final CommandName REPORT_RISK = CommandName.of("reportRisk");
  /** Command {@code followUp}. */
  public static final CommandName FOLLOW_UP = CommandName.of("followUp");
  /** Command {@code close}. */
  public static final CommandName CLOSE = CommandName.of("close");
  /**
   * Command {@code joinExpert} (专家参与): an expert of the command's {@linkplain
   * io.github.shiyu.governance.cases.Command#withExpert field} joins the open case.
   */
  public static final CommandName JOIN_EXPERT = CommandName.of("joinExpert");

  private DisputeMediationWorkflow() {}

  /**
   * The defaults: mediation about one month (30 calendar days), an extension agreed by both
   * parties of 30 calendar days, once (no public rule for length or count: documented
   * choices), judicial confirmation applied for within 30 calendar days of the agreement
   * (人民调解法 art. 33); risk reports *(local)*: red at once (default 1 hour), orange the same
   * day (by 24:00), yellow within 3 working days (no public rule: a documented choice).
   *
   * @return the defaults, to change with {@link TimeLimits#with}
   */
  public static TimeLimits defaultLimits() {
    return TimeLimits.builder()
        .limit(MEDIATION, DeadlinePolicy.calendarDays(30))
        .limit(MEDIATION_EXTENSION, DeadlinePolicy.calendarDays(30))
        .count(MEDIATION_EXTENSIONS, 1)
        .limit(JUDICIAL_CONFIRMATION, DeadlinePolicy.calendarDays(30))
        .limit(RED_REPORT, Duration.ofHours(1))
        .limit(ORANGE_REPORT, TimeLimit.sameDay())
        .limit(YELLOW_REPORT, DeadlinePolicy.workingDays(3))
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
    StateName[] mediating = {MEDIATING, JOINT_MEDIATING, LEAD_MEDIATING};
    StateName[] pressing = {ACCEPTED, ASSESSED, MEDIATING, JOINT_MEDIATING, LEAD_MEDIATING, FAILED,
        CONFIRMATION_REFUSED};
    StateName[] reporting = {ASSESSED, MEDIATING, JOINT_MEDIATING, LEAD_MEDIATING};
    StateName[] open = {REGISTERED, ACCEPTED, ASSESSED, MEDIATING, JOINT_MEDIATING,
        LEAD_MEDIATING, FAILED, CONFIRMATION_REFUSED};
    return Workflow.builder("dispute-mediation", CaseType.DISPUTE).version(3)
        .state(REGISTERED, OPEN, "登记")
        .state(ACCEPTED, OPEN, "受理")
        .state(REJECTED, TERMINAL, "不予受理")
        .state(ASSESSED, OPEN, "风险研判")
        .state(MEDIATING, OPEN, "部门调处")
        .state(JOINT_MEDIATING, OPEN, "联调联动")
        .state(LEAD_MEDIATING, OPEN, "包保领导牵头")
        .state(RESOLVED, SETTLED, "化解(调解协议)")
        .state(FAILED, OPEN, "调解失败")
        .state(REFERRED, SETTLED, "转诉讼/仲裁/复议")
        .state(CONFIRMATION_REQUESTED, SETTLED, "申请司法确认")
        .state(CONFIRMED, SETTLED, "司法确认")
        .state(CONFIRMATION_REFUSED, OPEN, "司法确认被驳回")
        .state(FOLLOWED_UP, SETTLED, "回访")
        .state(CLOSED, TERMINAL, "归档")
        .clock(HANDLING)
        .clock(CONFIRMATION_WINDOW)
        .clock(RISK_REPORT)
        .registration().to(REGISTERED).by(GRID_WORKER, GOVERNANCE_CENTER, MEDIATOR, CITIZEN)
            .startsClock(HANDLING, MEDIATION).tags(EventTag.REGISTRATION).add()
        .on(ACCEPT).from(REGISTERED).to(ACCEPTED).by(GOVERNANCE_CENTER, MEDIATOR)
            .tags(EventTag.ACCEPTANCE).add()
        .on(REJECT).from(REGISTERED).to(REJECTED).by(GOVERNANCE_CENTER, MEDIATOR)
            .requiresReason().endsClock(HANDLING).tags(EventTag.REFUSAL).add()
        .on(RESOLVE_ON_SPOT).from(ACCEPTED).to(RESOLVED).by(GRID_WORKER, MEDIATOR)
            .stopsClock(HANDLING).startsClock(CONFIRMATION_WINDOW, JUDICIAL_CONFIRMATION)
            .tags(EventTag.AGREEMENT, EventTag.RESOLVED_ON_SPOT, EventTag.CONCLUSION).add()
        // 风险研判: the level fixes how soon the risk is reported up; a report not made in time
        // is a duty missed, which the escalation policy escalates like an overdue case
        .on(ASSESS).from(ACCEPTED).to(ASSESSED).by(GOVERNANCE_CENTER).setsTier()
            .when("the risk level is red", (kase, command, now) -> command.riskLevelIs(RED))
            .startsClock(RISK_REPORT, RED_REPORT).tags(EventTag.ASSESSMENT).add()
        .on(ASSESS).from(ACCEPTED).to(ASSESSED).by(GOVERNANCE_CENTER).setsTier()
            .when("the risk level is orange",
                (kase, command, now) -> command.riskLevelIs(ORANGE))
            .startsClock(RISK_REPORT, ORANGE_REPORT).tags(EventTag.ASSESSMENT).add()
        .on(ASSESS).from(ACCEPTED).to(ASSESSED).by(GOVERNANCE_CENTER).setsTier()
            .when("the risk level is yellow",
                (kase, command, now) -> command.riskLevelIs(YELLOW))
            .startsClock(RISK_REPORT, YELLOW_REPORT).tags(EventTag.ASSESSMENT).add()
        .on(ASSESS).from(ACCEPTED).to(ASSESSED).by(GOVERNANCE_CENTER).setsTier()
            .guard("a risk assessment sets a risk level (red, orange or yellow)",
                (kase, command, now) -> command.riskLevel().isPresent())
            .tags(EventTag.ASSESSMENT).add()
        .on(REPORT_RISK).from(reporting).stay().by(GOVERNANCE_CENTER, GRID_WORKER)
            .guard("a risk report is due",
                (kase, command, now) -> kase.deadline(RISK_REPORT).isPresent())
            .endsClock(RISK_REPORT).tags(EventTag.RISK_REPORT).add()
        .on(ROUTE).from(ASSESSED).to(LEAD_MEDIATING).by(GOVERNANCE_CENTER)
            .when("the tier is major", (kase, command, now) -> kase.tier() == Tier.MAJOR)
            .assignsHandler().tags(EventTag.DISPATCH, EventTag.MEDIATION).add()
        .on(ROUTE).from(ASSESSED).to(JOINT_MEDIATING).by(GOVERNANCE_CENTER)
            .when("the tier is complex", (kase, command, now) -> kase.tier() == Tier.COMPLEX)
            .assignsHandler().tags(EventTag.DISPATCH, EventTag.MEDIATION).add()
        .on(ROUTE).from(ASSESSED).to(MEDIATING).by(GOVERNANCE_CENTER)
            .assignsHandler().tags(EventTag.DISPATCH, EventTag.MEDIATION).add()
        // "about one month unless both parties agree to go on": the consent of both sides is
        // on record in the command's Extension, and the number of extensions is limited
        .on(EXTEND).from(mediating).stay().by(MEDIATOR, LEAD_OFFICIAL).requiresReason()
            .guard("both parties consent to go on (applicant and respondent)",
                (kase, command, now) -> command.extension()
                    .filter(e -> e.hasConsentOf(PartyRole.APPLICANT, PartyRole.RESPONDENT))
                    .isPresent())
            .atMost(MEDIATION_EXTENSIONS)
            .extendsClockUpTo(HANDLING, MEDIATION_EXTENSION).tags(EventTag.EXTENSION).add()
        // 专家参与 (Tongliao's 629 psychologists in 3,493 mediations): joining changes neither
        // the state nor the handler; the field is kept in the handling for the metrics
        .on(JOIN_EXPERT).from(open).stay().by(GOVERNANCE_CENTER, MEDIATOR, LEAD_OFFICIAL)
            .recordsExpert().add()
        .on(SUPERVISE).from(pressing).stay().by(SUPERVISOR, GOVERNANCE_CENTER)
            .tags(EventTag.SUPERVISION).add()
        .on(ESCALATE).from(pressing).stay().by(GOVERNANCE_CENTER, SUPERVISOR, SYSTEM)
            .requiresReason().escalates().add()
        .on(RESOLVE).from(mediating).to(RESOLVED).by(MEDIATOR, LEAD_OFFICIAL, DEPARTMENT)
            .stopsClock(HANDLING).startsClock(CONFIRMATION_WINDOW, JUDICIAL_CONFIRMATION)
            .tags(EventTag.AGREEMENT, EventTag.CONCLUSION).add()
        .on(FAIL).from(mediating).to(FAILED).by(MEDIATOR, LEAD_OFFICIAL, DEPARTMENT)
            .requiresReason().stopsClock(HANDLING).tags(EventTag.FAILURE).add()
        .on(REFER_TO_LITIGATION).from(FAILED, CONFIRMATION_REFUSED).to(REFERRED).by(GOVERNANCE_CENTER, MEDIATOR)
            .requiresReason().tags(EventTag.REFERRAL, EventTag.CONCLUSION).add()
        // A follow-up visit is routine work of the mediator, not a waiver by the parties: the
        // 30-day window of 人民调解法 art. 33 keeps running through it, so the parties may still
        // apply after a visit. After a referral or a confirmation the window is not open and
        // the request is refused as WINDOW_CLOSED.
        .on(REQUEST_CONFIRMATION).from(RESOLVED, FOLLOWED_UP).to(CONFIRMATION_REQUESTED)
            .by(CITIZEN, MEDIATOR).within(CONFIRMATION_WINDOW).endsClock(CONFIRMATION_WINDOW)
            .tags(EventTag.CONFIRMATION_REQUEST).add()
        .on(CONFIRM).from(CONFIRMATION_REQUESTED).to(CONFIRMED).by(COURT)
            .tags(EventTag.JUDICIAL_CONFIRMATION).add()
        // 人民调解法 art. 33: when the court does not confirm the agreement, the parties may
        // change it or reach a new one by mediation, or go to court
        .on(REFUSE_CONFIRMATION).from(CONFIRMATION_REQUESTED).to(CONFIRMATION_REFUSED)
            .by(COURT).requiresReason().tags(EventTag.CONFIRMATION_REFUSAL).add()
        // mediated again: the concluded mediation is handled anew (重办), so its conclusion
        // and agreement count again only when it is resolved again
        .on(MEDIATE).from(CONFIRMATION_REFUSED).to(MEDIATING).by(GOVERNANCE_CENTER, MEDIATOR)
            .startsClock(HANDLING, MEDIATION).tags(EventTag.MEDIATION, EventTag.REOPENING)
            .add()
        .on(FOLLOW_UP).from(RESOLVED, CONFIRMED, REFERRED).to(FOLLOWED_UP)
            .by(GRID_WORKER, MEDIATOR, GOVERNANCE_CENTER)
            .tags(EventTag.FOLLOW_UP).add()
        // Archiving ends whatever is left of the window: a case is archived when the parties
        // have said they will not apply, or after the window has lapsed.
        .on(CLOSE).from(FOLLOWED_UP).to(CLOSED).by(GOVERNANCE_CENTER, SYSTEM)
            .endsClock(CONFIRMATION_WINDOW).tags(EventTag.CLOSURE).add()
        .timeLimits(defaultLimits());
  }
}
