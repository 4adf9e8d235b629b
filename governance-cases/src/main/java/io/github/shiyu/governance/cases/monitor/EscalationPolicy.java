package io.github.shiyu.governance.cases.monitor;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.time.Deadline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns overdue or repeated cases of some types into {@code escalate} commands, with the
 * reason recorded in the event (提级办理; Huaibei escalates petitions automatically). A case is
 * overdue when its primary clock runs past its due instant, or when any other clock that is a
 * duty rather than a party's window ({@link Workflow#windowClocks()}) does: a whistle the
 * departments did not answer in 30 minutes, a red risk not reported at once, a supervision
 * notice not answered. It is repeated when it was registered as a repeat of an earlier case,
 * when later registrations name it as the case they repeat (a petition whose petitioners keep
 * coming back, counted by {@link #plan}), or when it was reopened or returned at least a
 * number of times (or by a predicate of the vendor's). The commands carry
 * idempotency keys derived from the cause, so running the policy again before anything
 * changes does not escalate twice. A case already at the top of the ladder, or in a state
 * whose workflow does not let the system escalate, is left alone. Immutable and thread-safe.
 *
 * <pre>{@code
 * EscalationPolicy policy = EscalationPolicy.huaibei();
 * List<Decision> done = policy.run(service, clock.instant());
 * }</pre>
 */
public final class EscalationPolicy {

  /** The command the policy sends; workflows name their escalation transition so. */
  public static final CommandName ESCALATE = CommandName.of("escalate");

  private final Set<CaseType> types;
  private final boolean onOverdue;
  private final Predicate<Case> repeated;
  private final String repeatedRule;
  /** Later registrations naming a case that make it repeated; 0 when they do not count. */
  private final int repeatsNeeded;

  private EscalationPolicy(Set<CaseType> types, boolean onOverdue, Predicate<Case> repeated,
      String repeatedRule, int repeatsNeeded) {
    this.types = types;
    this.onOverdue = onOverdue;
    this.repeated = repeated;
    this.repeatedRule = repeatedRule;
    this.repeatsNeeded = repeatsNeeded;
  }

  /**
   * Huaibei's rule: petitions escalate automatically when overdue or repeated (registered as
   * a repeat of an earlier petition, named by a later petition as the one it repeats, or
   * reopened or returned at least once).
   *
   * @return the policy
   */
  public static EscalationPolicy huaibei() {
    return of(EnumSet.of(CaseType.PETITION)).repeatedAfter(1);
  }

  /**
   * A policy escalating cases of these types when overdue, not when repeated.
   *
   * @param caseTypes the types escalated automatically
   * @return the policy
   */
  public static EscalationPolicy of(Set<CaseType> caseTypes) {
    return new EscalationPolicy(Set.copyOf(caseTypes), true, c -> false, "never", 0);
  }

  /**
   * A copy that also escalates cases reopened or returned at least {@code times} times.
   *
   * @param times 1 or more
   * @return the copy
   * @throws InvalidValueException {@code case.setting} if {@code times} is below 1
   */
  public EscalationPolicy repeatedAfter(int times) {
    if (times < 1) {
      throw new InvalidValueException(CaseErrors.SETTING, "repeatedAfter(times)",
          "must be at least 1, got " + times);
    }
    return new EscalationPolicy(types, onOverdue,
        c -> c.registration().repeatOf().isPresent() || c.reopenings() + c.returns() >= times,
        "a repeat, repeated by later registrations " + times + "+ times, or reopened or "
            + "returned " + times + "+ times", times);
  }

  /**
   * A copy with the vendor's own test of a repeated case.
   *
   * @param rule      what the test says, recorded in the reason
   * @param predicate the test
   * @return the copy
   */
  public EscalationPolicy repeatedWhen(String rule, Predicate<Case> predicate) {
    return new EscalationPolicy(types, onOverdue, Objects.requireNonNull(predicate),
        Objects.requireNonNull(rule), 0);
  }

  /**
   * A copy that does (or does not) escalate overdue cases.
   *
   * @param escalate whether overdue cases escalate
   * @return the copy
   */
  public EscalationPolicy onOverdue(boolean escalate) {
    return new EscalationPolicy(types, escalate, repeated, repeatedRule, repeatsNeeded);
  }

  /**
   * The escalation a case needs now, if any, not counting later registrations that repeat it
   * (which {@link #plan} counts over the store).
   *
   * @param kase     the case
   * @param workflow its workflow
   * @param now      the instant to judge at
   * @return the escalation, or empty
   */
  public Optional<Escalation> check(Case kase, Workflow workflow, Instant now) {
    return check(kase, workflow, now, 0);
  }

  /**
   * The escalation a case needs now, if any.
   *
   * @param kase     the case
   * @param workflow its workflow
   * @param now      the instant to judge at
   * @param repeats  how many later registrations name this case as the one they repeat
   * @return the escalation, or empty
   */
  public Optional<Escalation> check(Case kase, Workflow workflow, Instant now, int repeats) {
    if (!types.contains(kase.type()) || kase.state().kind() == StateKind.TERMINAL
        || kase.escalationLevel().next().isEmpty()
        || !workflow.permits(kase.state(), Role.SYSTEM, ESCALATE)) {
      return Optional.empty();
    }
    String reason = null;
    String key = null;
    List<String> clocks = workflow.clocks();
    if (onOverdue) {
      List<String> windows = workflow.windowClocks();
      for (int i = 0; i < clocks.size() && reason == null; i++) {
        String clock = clocks.get(i);
        if (i > 0 && windows.contains(clock)) {
          continue;
        }
        Optional<Deadline> d = kase.deadline(clock);
        if (d.isPresent() && !d.get().isStopped() && d.get().isOverdue(now)) {
          reason = "overdue: " + clock + " was due " + d.get().due();
          // the primary clock keeps the key it always had, so stored keys still match
          key = "escalate:overdue:" + (i == 0 ? "" : clock + ":")
              + d.get().start().getEpochSecond() + ":" + d.get().due().getEpochSecond();
        }
      }
    }
    if (reason == null && (repeated.test(kase)
        || (repeatsNeeded > 0 && repeats >= repeatsNeeded))) {
      reason = "repeated: " + repeatedRule + " (reopened " + kase.reopenings() + ", returned "
          + kase.returns() + (repeats > 0 ? ", repeated by " + repeats + " later" : "") + ")";
      key = "escalate:repeated:" + (kase.reopenings() + kase.returns())
          + kase.registration().repeatOf().map(r -> ":" + r).orElse("")
          + (repeats > 0 ? ":by" + repeats : "");
    }
    if (reason == null) {
      return Optional.empty();
    }
    Command command = Command.of(ESCALATE, Actor.system()).withReason(reason)
        .withIdempotencyKey(key);
    return Optional.of(new Escalation(kase.id(), command, reason));
  }

  /**
   * The escalations the open cases of a service need now. Later registrations are counted
   * against the open cases they name as repeated ({@link Registration#repeatOf()}).
   *
   * @param service the service (its store and workflows)
   * @param now     the instant to judge at
   * @return the escalations, in no particular order
   */
  public List<Escalation> plan(CaseService service, Instant now) {
    List<Case> open = service.store().openCases().filter(c -> types.contains(c.type()))
        .toList();
    Map<CaseId, Integer> repeats = new HashMap<>();
    if (repeatsNeeded > 0) {
      service.store().openCases().forEach(c -> c.registration().repeatOf()
          .ifPresent(earlier -> repeats.merge(earlier, 1, Integer::sum)));
    }
    List<Escalation> out = new ArrayList<>();
    for (Case c : open) {
      check(c, service.workflow(c.type()), now, repeats.getOrDefault(c.id(), 0))
          .ifPresent(out::add);
    }
    return out;
  }

  /**
   * Plans and executes the escalations.
   *
   * @param service the service
   * @param now     the instant to judge at
   * @return the decisions (events, or rejections when a case moved in between)
   */
  public List<Decision> run(CaseService service, Instant now) {
    List<Decision> out = new ArrayList<>();
    for (Escalation e : plan(service, now)) {
      out.add(service.execute(e.caseId(), e.command()));
    }
    return out;
  }
}
