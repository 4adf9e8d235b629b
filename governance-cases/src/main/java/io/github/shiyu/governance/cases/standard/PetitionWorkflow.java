package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.Role.CITIZEN;
import static io.github.shiyu.governance.cases.Role.DEPARTMENT;
import static io.github.shiyu.governance.cases.Role.HEAD_OF_BODY;
import static io.github.shiyu.governance.cases.Role.PETITION_OFFICE;
import static io.github.shiyu.governance.cases.Role.SUPERVISOR;
import static io.github.shiyu.governance.cases.Role.SYSTEM;
import static io.github.shiyu.governance.cases.StateKind.SETTLED;
import static io.github.shiyu.governance.cases.StateKind.OPEN;
import static io.github.shiyu.governance.cases.StateKind.TERMINAL;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Condition;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.StateName;
import io.github.shiyu.governance.cases.TimeLimits;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.WorkflowBuilder;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import java.util.Objects;

/**
 * The petition (信访事项) under the 信访工作条例 (2022): register; within 15 days route it
 * (transfer to the responsible body, assign with a deadline and completion report, redirect
 * when it belongs to litigation, arbitration or administrative review, or accept); handle
 * within 60 days of acceptance, extendable once by up to 30 by the head of the body with the
 * reason told (the length asked for is the command's {@link
 * io.github.shiyu.governance.cases.Extension}); a written reply stating its outcome (support,
 * explain, not support); a review (复查) may be requested within 30 days of the reply
 * and is due within 30 days; a re-review (复核) may be requested within 30 days of the review
 * opinion and is due within 30 days, hearing time not counted; after re-review the matter is
 * terminated, and a later petition registered as its repeat (same facts and reasons) is
 * refused at registration when the {@link Terminations} lookup knows the earlier one. A
 * cross-level visit is redirected, not accepted. Every open state can be supervised and
 * escalated. When a request window lapses the case closes.
 *
 * <p>Clocks: {@value #HANDLING} (primary: the limit of the current stage, started with
 * {@value #ROUTING}, restarted with {@value #HANDLING}, {@value #REVIEW} and {@value #RE_REVIEW},
 * stopped by hearings), {@value #REVIEW_WINDOW} and {@value #RE_REVIEW_WINDOW} (the request
 * windows, limits {@value #REVIEW_REQUEST} and {@value #RE_REVIEW_REQUEST}).
 *
 * <pre>{@code
 * Workflow w = PetitionWorkflow.definition();
 * w.permitted(w.state(REPLIED).orElseThrow(), Role.CITIZEN);   // [requestReview]
 * }</pre>
 */
public final class PetitionWorkflow {

  /** The primary clock, and the time limit for handling after acceptance (60 days). */
  public static final String HANDLING = "handling";
  /** The time limit for routing after registration (15 days). */
  public static final String ROUTING = "routing";
  /** The time limit an extension adds (at most 30 days). */
  public static final String EXTENSION = "extension";
  /** The count limit on extensions (1). */
  public static final String EXTENSIONS = "extensions";
  /** The clock of the review request window. */
  public static final String REVIEW_WINDOW = "reviewWindow";
  /** The time limit for requesting a review after the reply (30 days). */
  public static final String REVIEW_REQUEST = "reviewRequest";
  /** The time limit for the review opinion (30 days). */
  public static final String REVIEW = "review";
  /** The clock of the re-review request window. */
  public static final String RE_REVIEW_WINDOW = "reReviewWindow";
  /** The time limit for requesting a re-review after the review opinion (30 days). */
  public static final String RE_REVIEW_REQUEST = "reReviewRequest";
  /** The time limit for the re-review opinion, hearing time excluded (30 days). */
  public static final String RE_REVIEW = "reReview";

  /** The reason a re-petition on terminated facts is refused at registration. */
  public static final String SAME_FACTS_REFUSED = "after re-review the same facts and reasons "
      + "are not accepted again (the earlier petition was terminated)";

  /** The reason a cross-level visit is not accepted. */
  public static final String CROSS_LEVEL = "a cross-level visit (more than one level above the "
      + "body with power to handle it) is redirected, not accepted";

  /** 信访工作条例: a group visit elects at most 5 representatives. */
  public static final int MAX_REPRESENTATIVES = 5;


  // the vocabulary: typed names of the states and commands, in declaration order

  /** State {@code REGISTERED} (登记). */
  public static final StateName REGISTERED = StateName.of("REGISTERED");
  /** State {@code ACCEPTED} (受理). */
  public static final StateName ACCEPTED = StateName.of("ACCEPTED");
  /** State {@code ASSIGNED} (交办). */
  public static final StateName ASSIGNED = StateName.of("ASSIGNED");
  /** State {@code TRANSFERRED} (转送). */
  public static final StateName TRANSFERRED = StateName.of("TRANSFERRED");
  /** State {@code REDIRECTED} (不予受理并告知). */
  public static final StateName REDIRECTED = StateName.of("REDIRECTED");
  /** State {@code REPLIED} (书面答复). */
  public static final StateName REPLIED = StateName.of("REPLIED");
  /** State {@code UNDER_REVIEW} (复查中). */
  public static final StateName UNDER_REVIEW = StateName.of("UNDER_REVIEW");
  /** State {@code REVIEWED} (复查意见). */
  public static final StateName REVIEWED = StateName.of("REVIEWED");
  /** State {@code UNDER_RE_REVIEW} (复核中). */
  public static final StateName UNDER_RE_REVIEW = StateName.of("UNDER_RE_REVIEW");
  /** State {@code HEARING} (听证). */
  public static final StateName HEARING = StateName.of("HEARING");
  /** State {@code TERMINATED} (复核终结). */
  public static final StateName TERMINATED = StateName.of("TERMINATED");
  /** State {@code CLOSED} (期满办结). */
  public static final StateName CLOSED = StateName.of("CLOSED");

  /** Command {@code accept}. */
  public static final CommandName ACCEPT = CommandName.of("accept");
  /** Command {@code assign}. */
  public static final CommandName ASSIGN = CommandName.of("assign");
  /** Command {@code transfer}. */
  public static final CommandName TRANSFER = CommandName.of("transfer");
  /** Command {@code redirect}. */
  public static final CommandName REDIRECT = CommandName.of("redirect");
  /** Command {@code extend}. */
  public static final CommandName EXTEND = CommandName.of("extend");
  /** Command {@code supervise}. */
  public static final CommandName SUPERVISE = CommandName.of("supervise");
  /** Command {@code escalate}. */
  public static final CommandName ESCALATE = CommandName.of("escalate");
  /** Command {@code reply}. */
  public static final CommandName REPLY = CommandName.of("reply");
  /** Command {@code requestReview}. */
  public static final CommandName REQUEST_REVIEW = CommandName.of("requestReview");
  /** Command {@code lapse}. */
  public static final CommandName LAPSE = CommandName.of("lapse");
  /** Command {@code answerReview}. */
  public static final CommandName ANSWER_REVIEW = CommandName.of("answerReview");
  /** Command {@code requestReReview}. */
  public static final CommandName REQUEST_RE_REVIEW = CommandName.of("requestReReview");
  /** Command {@code startHearing}. */
  public static final CommandName START_HEARING = CommandName.of("startHearing");
  /** Command {@code endHearing}. */
  public static final CommandName END_HEARING = CommandName.of("endHearing");
  /** Command {@code answerReReview}. */
  public static final CommandName ANSWER_RE_REVIEW = CommandName.of("answerReReview");

  private PetitionWorkflow() {}

  /**
   * Tells whether an earlier petition was terminated after re-review (复核终结), so that a
   * new petition on the same facts and reasons, registered as its repeat
   * ({@link io.github.shiyu.governance.cases.Registration#withRepeatOf}), is refused at
   * registration. Must be fast and thread-safe.
   *
   * <pre>{@code
   * Workflow w = PetitionWorkflow.builder(PetitionWorkflow.Terminations.in(store)).build();
   * }</pre>
   */
  @FunctionalInterface
  public interface Terminations {

    /**
     * Whether the petition was terminated.
     *
     * @param earlier the earlier petition's id
     * @return {@code true} if it ended in {@link #TERMINATED}
     */
    boolean terminated(CaseId earlier);

    /**
     * None known: no registration is refused for this rule (a system whose earlier
     * petitions live elsewhere supplies its own lookup).
     *
     * @return the lookup
     */
    static Terminations none() {
      return earlier -> false;
    }

    /**
     * The petitions of a store.
     *
     * @param store the store holding the earlier petitions
     * @return the lookup
     */
    static Terminations in(CaseStore store) {
      Objects.requireNonNull(store, "store");
      return earlier -> store.load(earlier)
          .map(c -> c.state().name().equals(TERMINATED)).orElse(false);
    }
  }

  /**
   * Whether a visit is cross-level (越级): registered more than one level above the body with
   * power to handle it, which is the level of the registration's division, and at least the
   * township (a village committee handles no petitions).
   *
   * @param kase the case
   * @return {@code true} if the registering level is too high
   */
  static boolean crossLevel(Case kase) {
    EscalationLevel place = EscalationLevel.of(kase.division().level())
        .orElse(EscalationLevel.CITY);
    EscalationLevel handling = place == EscalationLevel.VILLAGE ? EscalationLevel.TOWNSHIP
        : place;
    EscalationLevel upper = handling.next().orElse(handling);
    return kase.registration().escalationLevel().isAbove(upper);
  }

  /**
   * The defaults of the 信访工作条例, in calendar days with the holiday roll-forward (the
   * regulation says 日; a jurisdiction counting working days changes them): routing 15,
   * handling 60, one extension of up to 30, review request window 30, review 30, re-review
   * request window 30, re-review 30.
   *
   * @return the defaults, to change with {@link TimeLimits#with}
   */
  public static TimeLimits defaultLimits() {
    return TimeLimits.builder()
        .limit(ROUTING, DeadlinePolicy.calendarDays(15))
        .limit(HANDLING, DeadlinePolicy.calendarDays(60))
        .limit(EXTENSION, DeadlinePolicy.calendarDays(30))
        .count(EXTENSIONS, 1)
        .limit(REVIEW_REQUEST, DeadlinePolicy.calendarDays(30))
        .limit(REVIEW, DeadlinePolicy.calendarDays(30))
        .limit(RE_REVIEW_REQUEST, DeadlinePolicy.calendarDays(30))
        .limit(RE_REVIEW, DeadlinePolicy.calendarDays(30))
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
   * The definition refusing re-petitions on terminated facts that the lookup knows of.
   *
   * @param terminations which earlier petitions were terminated
   * @return the workflow
   */
  public static Workflow definition(Terminations terminations) {
    return builder(terminations).build();
  }

  /**
   * A builder holding this definition, to copy and change it: add states and transitions,
   * drop some with {@link WorkflowBuilder#withoutCommand} and
   * {@link WorkflowBuilder#withoutState}, set other limits, then {@code build()}.
   *
   * @return a fresh builder with every state, clock and transition of the definition
   */
  public static WorkflowBuilder builder() {
    return builder(Terminations.none());
  }

  /**
   * A builder holding this definition, refusing at registration a petition registered as the
   * repeat of one the lookup says was terminated.
   *
   * @param terminations which earlier petitions were terminated
   * @return a fresh builder with every state, clock and transition of the definition
   */
  public static WorkflowBuilder builder(Terminations terminations) {
    Objects.requireNonNull(terminations, "terminations");
    StateName[] handling = {ACCEPTED, ASSIGNED};
    // every open state: a petition overdue on its routing clock, or held up in a hearing,
    // can be pressed and escalated like one being handled
    StateName[] pressing = {REGISTERED, ACCEPTED, ASSIGNED, UNDER_REVIEW, UNDER_RE_REVIEW,
        HEARING};
    Condition notCrossLevel = (kase, command, now) -> !crossLevel(kase);
    return Workflow.builder("petition", CaseType.PETITION).version(2)
        .state(REGISTERED, OPEN, "登记")
        .state(ACCEPTED, OPEN, "受理")
        .state(ASSIGNED, OPEN, "交办")
        .state(TRANSFERRED, TERMINAL, "转送")
        .state(REDIRECTED, TERMINAL, "不予受理并告知")
        .state(REPLIED, SETTLED, "书面答复")
        .state(UNDER_REVIEW, OPEN, "复查中")
        .state(REVIEWED, SETTLED, "复查意见")
        .state(UNDER_RE_REVIEW, OPEN, "复核中")
        .state(HEARING, OPEN, "听证")
        .state(TERMINATED, TERMINAL, "复核终结")
        .state(CLOSED, TERMINAL, "期满办结")
        .clock(HANDLING)
        .clock(REVIEW_WINDOW)
        .clock(RE_REVIEW_WINDOW)
        .registration().to(REGISTERED).by(PETITION_OFFICE)
            .guard("a group visit elects at most " + MAX_REPRESENTATIVES + " representatives",
                (registration, command, now) -> registration.parties().stream()
                    .filter(p -> p.role() == PartyRole.REPRESENTATIVE).count()
                    <= MAX_REPRESENTATIVES)
            .guard(SAME_FACTS_REFUSED, (registration, command, now) -> registration.repeatOf()
                .map(earlier -> !terminations.terminated(earlier)).orElse(true))
            .startsClock(HANDLING, ROUTING).tags(EventTag.REGISTRATION).add()
        .on(ACCEPT).from(REGISTERED).to(ACCEPTED).by(PETITION_OFFICE, DEPARTMENT)
            .guard(CROSS_LEVEL, notCrossLevel).startsClock(HANDLING, HANDLING).tags(EventTag.ACCEPTANCE).add()
        .on(ASSIGN).from(REGISTERED).to(ASSIGNED).by(PETITION_OFFICE).assignsHandler()
            .guard(CROSS_LEVEL, notCrossLevel)
            .startsClock(HANDLING, HANDLING).tags(EventTag.ASSIGNMENT, EventTag.ACCEPTANCE).add()
        .on(TRANSFER).from(REGISTERED).to(TRANSFERRED).by(PETITION_OFFICE)
            .guard(CROSS_LEVEL, notCrossLevel).assignsHandler().endsClock(HANDLING).tags(EventTag.TRANSFER).add()
        .on(REDIRECT).from(REGISTERED).to(REDIRECTED).by(PETITION_OFFICE)
            .requiresReason().endsClock(HANDLING).tags(EventTag.REFUSAL).add()
        .on(EXTEND).from(handling).stay().by(HEAD_OF_BODY).requiresReason().atMost(EXTENSIONS)
            .extendsClockUpTo(HANDLING, EXTENSION).tags(EventTag.EXTENSION).add()
        .on(SUPERVISE).from(pressing).stay().by(SUPERVISOR, PETITION_OFFICE)
            .tags(EventTag.SUPERVISION).add()
        .on(ESCALATE).from(pressing).stay().by(SUPERVISOR, SYSTEM).requiresReason()
            .escalates().add()
        .on(REPLY).from(handling).to(REPLIED).by(DEPARTMENT, PETITION_OFFICE)
            .guard("a written reply states its outcome (support, explain or not support)",
                (kase, command, now) -> command.replyOutcome().isPresent())
            .stopsClock(HANDLING).startsClock(REVIEW_WINDOW, REVIEW_REQUEST)
            .tags(EventTag.REPLY, EventTag.CONCLUSION).add()
        .on(REQUEST_REVIEW).from(REPLIED).to(UNDER_REVIEW).by(CITIZEN, PETITION_OFFICE)
            .within(REVIEW_WINDOW).endsClock(REVIEW_WINDOW).startsClock(HANDLING, REVIEW)
            .tags(EventTag.REVIEW_REQUEST).add()
        .on(LAPSE).from(REPLIED).to(CLOSED).by(SYSTEM).afterLapse(REVIEW_WINDOW)
            .endsClock(REVIEW_WINDOW).tags(EventTag.LAPSE, EventTag.CLOSURE).add()
        .on(ANSWER_REVIEW).from(UNDER_REVIEW).to(REVIEWED).by(PETITION_OFFICE)
            .stopsClock(HANDLING).startsClock(RE_REVIEW_WINDOW, RE_REVIEW_REQUEST)
            .tags(EventTag.REPLY).add()
        .on(REQUEST_RE_REVIEW).from(REVIEWED).to(UNDER_RE_REVIEW)
            .by(CITIZEN, PETITION_OFFICE).within(RE_REVIEW_WINDOW).endsClock(RE_REVIEW_WINDOW)
            .startsClock(HANDLING, RE_REVIEW).tags(EventTag.RE_REVIEW_REQUEST).add()
        .on(LAPSE).from(REVIEWED).to(CLOSED).by(SYSTEM).afterLapse(RE_REVIEW_WINDOW)
            .endsClock(RE_REVIEW_WINDOW).tags(EventTag.LAPSE, EventTag.CLOSURE).add()
        .on(START_HEARING).from(UNDER_RE_REVIEW).to(HEARING).by(PETITION_OFFICE)
            .stopsClock(HANDLING).tags(EventTag.SUSPENSION).add()
        .on(END_HEARING).from(HEARING).to(UNDER_RE_REVIEW).by(PETITION_OFFICE)
            .resumesClock(HANDLING).tags(EventTag.RESUMPTION).add()
        .on(ANSWER_RE_REVIEW).from(UNDER_RE_REVIEW).to(TERMINATED).by(PETITION_OFFICE)
            .stopsClock(HANDLING)
            .tags(EventTag.REPLY, EventTag.TERMINATION, EventTag.CLOSURE).add()
        .timeLimits(defaultLimits());
  }
}
