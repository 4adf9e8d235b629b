package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the registration transition of a {@link WorkflowBuilder} ({@code register}, which
 * starts a case in its initial state): started by {@link WorkflowBuilder#registration()},
 * finished by {@link #add()}. There is no case before it, so it has no source state, no
 * branches, no windows or counts, and its guards are {@link RegistrationGuard}s, which test the
 * {@link Registration} the command carries.
 *
 * <pre>{@code
 * builder.registration().to(PetitionWorkflow.REGISTERED).by(Role.PETITION_OFFICE)
 *     .guard("a group visit elects at most 5 representatives",
 *         (registration, command, now) -> registration.parties().size() <= 5)
 *     .startsClock("handling", "routing").tags(EventTag.REGISTRATION).add();
 * }</pre>
 */
public final class RegistrationBuilder {

  private final WorkflowBuilder owner;
  String to;
  private final List<Role> roles = new ArrayList<>();
  private final Set<EventTag> tags = EnumSet.noneOf(EventTag.class);
  private final List<String> guardReasons = new ArrayList<>();
  private final List<RegistrationGuard> guards = new ArrayList<>();
  private boolean requiresReason;
  private boolean assignsHandler;
  private final List<Integer> clockIndexes = new ArrayList<>();
  final List<String> clockLimits = new ArrayList<>();

  RegistrationBuilder(WorkflowBuilder owner) {
    this.owner = owner;
  }

  /**
   * The initial state.
   *
   * @param state the state's name
   * @return this builder
   */
  public RegistrationBuilder to(StateName state) {
    return to(state.value());
  }

  /**
   * The initial state.
   *
   * @param state the state's name
   * @return this builder
   */
  public RegistrationBuilder to(String state) {
    this.to = Objects.requireNonNull(state, "state");
    return this;
  }

  /**
   * The roles that may register a case (at least one).
   *
   * @param allowed the roles
   * @return this builder
   */
  public RegistrationBuilder by(Role... allowed) {
    roles.addAll(Arrays.asList(allowed));
    return this;
  }

  /**
   * The tags the first event carries, usually {@link EventTag#REGISTRATION}.
   *
   * @param eventTags the tags
   * @return this builder
   */
  public RegistrationBuilder tags(EventTag... eventTags) {
    tags.addAll(Arrays.asList(eventTags));
    return this;
  }

  /**
   * Adds a guard: if it does not hold, the registration is rejected with the reason
   * ({@link Rejection.Reason#GUARD_FAILED}, with no state) and no case starts.
   *
   * @param reason why the registration is rejected when the guard fails
   * @param guard  what must hold of the registration
   * @return this builder
   */
  public RegistrationBuilder guard(String reason, RegistrationGuard guard) {
    guardReasons.add(Objects.requireNonNull(reason, "reason"));
    guards.add(Objects.requireNonNull(guard, "guard"));
    return this;
  }

  /**
   * The command must carry a reason.
   *
   * @return this builder
   */
  public RegistrationBuilder requiresReason() {
    this.requiresReason = true;
    return this;
  }

  /**
   * The command must carry a handler, which the new case starts with.
   *
   * @return this builder
   */
  public RegistrationBuilder assignsHandler() {
    this.assignsHandler = true;
    return this;
  }

  /**
   * Starts a clock at registration with a named time limit of the workflow's
   * {@link TimeLimits}.
   *
   * @param clock a declared clock
   * @param limit the name of the time limit, e.g. {@code handling}
   * @return this builder
   */
  public RegistrationBuilder startsClock(String clock, String limit) {
    clockIndexes.add(owner.clockIndex(clock));
    clockLimits.add(Objects.requireNonNull(limit, "limit"));
    return this;
  }

  /**
   * Adds the registration to the workflow.
   *
   * @return the workflow builder
   * @throws InvalidValueException {@code workflow.definition} without a role or an initial
   *     state, or for a second registration
   */
  public WorkflowBuilder add() {
    if (roles.isEmpty()) {
      throw new InvalidValueException(CaseErrors.DEFINITION, owner.name,
          "transition '" + Command.REGISTER + "' has no role: add by(...)");
    }
    if (to == null) {
      throw new InvalidValueException(CaseErrors.DEFINITION, owner.name,
          "the registration needs a target state: add to(...)");
    }
    if (owner.registration != null) {
      throw new InvalidValueException(CaseErrors.DEFINITION, owner.name,
          "registration() declared twice");
    }
    owner.registration = this;
    return owner;
  }

  Transition make(State toState, List<String> limitNames, List<String> clockNames) {
    Transition.ClockAction[] actions = new Transition.ClockAction[clockIndexes.size()];
    Arrays.fill(actions, Transition.ClockAction.START);
    int[] indexes = clockIndexes.stream().mapToInt(Integer::intValue).toArray();
    int[] slots = clockLimits.stream().mapToInt(limitNames::indexOf).toArray();
    return new Transition(owner.name, owner.version, Command.REGISTER, null, toState,
        roles.toArray(new Role[0]), tags, null, null, guardReasons.toArray(new String[0]),
        new Condition[0], guards.toArray(new RegistrationGuard[0]), requiresReason,
        assignsHandler, false, false, false, false, actions, indexes,
        clockLimits.toArray(new String[0]), slots, clockNames, -1, -1, null);
  }
}
