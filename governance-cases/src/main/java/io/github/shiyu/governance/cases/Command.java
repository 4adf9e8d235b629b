package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.core.org.Tier;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to move a case: a command name from the workflow, the actor, and the data the
 * transition needs (a handler for {@code dispatch}, a reason for {@code returnOrder}, a rating
 * for {@code rate}, ...). Immutable; the {@code with...} methods return copies.
 *
 * <p>The idempotency key identifies the request: a retried request with the same key is
 * answered with the event it produced the first time instead of being applied again.
 * A command names no case: the same command value may be sent to many cases.
 *
 * <pre>{@code
 * Command dispatch = Command.of(WorkOrderWorkflow.DISPATCH, Actor.of("op-7", Role.OPERATIONS_CENTER))
 *     .withHandler("dept-housing")
 *     .withIdempotencyKey("req-8f2c");
 * }</pre>
 */
public final class Command {

  /** The command that creates a case ({@code register}). */
  public static final CommandName REGISTER = CommandName.REGISTER;

  private final CommandName name;
  private final Actor actor;
  private final String idempotencyKey;
  private final String handler;
  private final String reason;
  private final Rating rating;
  private final Tier tier;
  private final Registration registration;
  private final ReplyOutcome replyOutcome;
  private final RiskLevel riskLevel;
  private final Procedure procedure;
  private final Extension extension;
  private final ExpertField expert;

  private Command(CommandName name, Actor actor, String idempotencyKey, String handler, String reason,
      Rating rating, Tier tier, Registration registration) {
    this(name, actor, idempotencyKey, handler, reason, rating, tier, registration, null, null,
        null, null, null);
  }

  private Command(CommandName name, Actor actor, String idempotencyKey, String handler,
      String reason, Rating rating, Tier tier, Registration registration,
      ReplyOutcome replyOutcome, RiskLevel riskLevel, Procedure procedure,
      Extension extension, ExpertField expert) {
    this.name = name;
    this.actor = actor;
    this.idempotencyKey = idempotencyKey;
    this.handler = handler;
    this.reason = reason;
    this.rating = rating;
    this.tier = tier;
    this.registration = registration;
    this.replyOutcome = replyOutcome;
    this.riskLevel = riskLevel;
    this.procedure = procedure;
    this.extension = extension;
    this.expert = expert;
  }

  /**
   * A command without data.
   *
   * @param name  the command's name in the workflow, e.g. {@code WorkOrderWorkflow.RETURN_ORDER}
   * @param actor who issues it
   * @return the command
   */
  public static Command of(CommandName name, Actor actor) {
    return new Command(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(actor, "actor"), null, null, null, null, null, null);
  }

  /**
   * A command without data, named by text: for the edge of an application, where the name
   * arrives as a string (a request path, a message, a stored row); same as
   * {@code of(CommandName.of(name), actor)}.
   *
   * @param name  the command's name in the workflow, lower camel case, e.g. {@code returnOrder}
   * @param actor who issues it
   * @return the command
   * @throws InvalidValueException {@code case.command} for a malformed name
   */
  public static Command of(String name, Actor actor) {
    return of(CommandName.of(name), actor);
  }

  /**
   * The command that registers a new case ({@code register}).
   *
   * @param actor        who registers it
   * @param registration what is registered
   * @return the command
   */
  public static Command register(Actor actor, Registration registration) {
    return new Command(REGISTER, Objects.requireNonNull(actor, "actor"), null, null, null, null,
        null, Objects.requireNonNull(registration, "registration"));
  }

  /**
   * A copy with an idempotency key. The key is shown in {@code toString} and in the error for a
   * reused key, so it must be an opaque request id, never built from personal data (an ID or
   * phone number, a name).
   *
   * @param key the request's key, 1 to 128 characters
   * @return the copy
   */
  public Command withIdempotencyKey(String key) {
    if (key == null || key.isEmpty() || key.length() > 128) {
      throw new InvalidValueException(CaseErrors.COMMAND, "idempotency key of length "
          + (key == null ? 0 : key.length()));
    }
    return new Command(name, actor, key, handler, reason, rating, tier, registration,
        replyOutcome, riskLevel, procedure, extension, expert);
  }

  /**
   * A copy naming the handler (department or person id) the transition assigns.
   *
   * @param handler the handler's id
   * @return the copy
   */
  public Command withHandler(String handler) {
    return new Command(name, actor, idempotencyKey, Objects.requireNonNull(handler, "handler"),
        reason, rating, tier, registration, replyOutcome, riskLevel, procedure, extension,
        expert);
  }

  /**
   * A copy with the reason the transition records (return, refusal, extension, escalation).
   * Reasons are kept in events: write them without personal data.
   *
   * @param reason the reason
   * @return the copy
   */
  public Command withReason(String reason) {
    return new Command(name, actor, idempotencyKey, handler, Objects.requireNonNull(reason,
        "reason"), rating, tier, registration, replyOutcome, riskLevel, procedure, extension,
        expert);
  }

  /**
   * A copy with the citizen's rating.
   *
   * @param rating the rating
   * @return the copy
   */
  public Command withRating(Rating rating) {
    return new Command(name, actor, idempotencyKey, handler, reason,
        Objects.requireNonNull(rating, "rating"), tier, registration, replyOutcome, riskLevel,
        procedure, extension, expert);
  }

  /**
   * A copy with the tier a risk assessment decided.
   *
   * @param tier the tier
   * @return the copy
   */
  public Command withTier(Tier tier) {
    return new Command(name, actor, idempotencyKey, handler, reason, rating,
        Objects.requireNonNull(tier, "tier"), registration, replyOutcome, riskLevel, procedure,
        extension, expert);
  }

  /**
   * A copy with the outcome a written reply states (support / explain / not support).
   *
   * @param outcome the outcome
   * @return the copy
   */
  public Command withReplyOutcome(ReplyOutcome outcome) {
    return new Command(name, actor, idempotencyKey, handler, reason, rating, tier, registration,
        Objects.requireNonNull(outcome, "outcome"), riskLevel, procedure, extension, expert);
  }

  /**
   * A copy with the risk level a risk assessment decided (red / orange / yellow).
   *
   * @param level the level
   * @return the copy
   */
  public Command withRiskLevel(RiskLevel level) {
    return new Command(name, actor, idempotencyKey, handler, reason, rating, tier, registration,
        replyOutcome, Objects.requireNonNull(level, "level"), procedure, extension, expert);
  }

  /**
   * A copy with the court procedure a filed case follows (ordinary / simplified).
   *
   * @param courtProcedure the procedure
   * @return the copy
   */
  public Command withProcedure(Procedure courtProcedure) {
    return new Command(name, actor, idempotencyKey, handler, reason, rating, tier, registration,
        replyOutcome, riskLevel, Objects.requireNonNull(courtProcedure, "courtProcedure"),
        extension, expert);
  }

  /**
   * A copy with what an extension asks for: its length (up to the workflow's limit) and the
   * consent on record.
   *
   * @param requested the extension
   * @return the copy
   */
  public Command withExtension(Extension requested) {
    return new Command(name, actor, idempotencyKey, handler, reason, rating, tier, registration,
        replyOutcome, riskLevel, procedure, Objects.requireNonNull(requested, "requested"),
        expert);
  }

  /**
   * A copy naming the field of the expert who joins the case ({@code joinExpert}: a
   * legal-consultation expert, a psychologist, a lawyer). Joining does not change the
   * handler: the expert helps whoever mediates.
   *
   * @param field the expert's field
   * @return the copy
   */
  public Command withExpert(ExpertField field) {
    return new Command(name, actor, idempotencyKey, handler, reason, rating, tier, registration,
        replyOutcome, riskLevel, procedure, extension, Objects.requireNonNull(field, "field"));
  }

  /**
   * The command's name in the workflow.
   *
   * @return the name
   */
  public CommandName name() {
    return name;
  }

  /**
   * Who issues the command.
   *
   * @return the actor
   */
  public Actor actor() {
    return actor;
  }

  /**
   * The request's idempotency key.
   *
   * @return the key, or empty
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * The handler to assign.
   *
   * @return the handler id, or empty
   */
  public Optional<String> handler() {
    return Optional.ofNullable(handler);
  }

  /**
   * The reason given.
   *
   * @return the reason, or empty
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * The rating given.
   *
   * @return the rating, or empty
   */
  public Optional<Rating> rating() {
    return Optional.ofNullable(rating);
  }

  /**
   * Whether the command carries a given rating (allocation-free, for branch conditions).
   *
   * @param expected the rating
   * @return {@code true} if the command's rating is {@code expected}
   */
  public boolean ratingIs(Rating expected) {
    return rating == expected;
  }

  /**
   * The tier decided.
   *
   * @return the tier, or empty
   */
  public Optional<Tier> tier() {
    return Optional.ofNullable(tier);
  }

  /**
   * The outcome a written reply states.
   *
   * @return the outcome, or empty
   */
  public Optional<ReplyOutcome> replyOutcome() {
    return Optional.ofNullable(replyOutcome);
  }

  /**
   * The risk level decided.
   *
   * @return the level, or empty
   */
  public Optional<RiskLevel> riskLevel() {
    return Optional.ofNullable(riskLevel);
  }

  /**
   * Whether the command carries a given risk level (allocation-free, for branch conditions).
   *
   * @param expected the level
   * @return {@code true} if the command's level is {@code expected}
   */
  public boolean riskLevelIs(RiskLevel expected) {
    return riskLevel == expected;
  }

  /**
   * The court procedure.
   *
   * @return the procedure, or empty
   */
  public Optional<Procedure> procedure() {
    return Optional.ofNullable(procedure);
  }

  /**
   * Whether the command carries a given procedure (allocation-free, for branch conditions).
   *
   * @param expected the procedure
   * @return {@code true} if the command's procedure is {@code expected}
   */
  public boolean procedureIs(Procedure expected) {
    return procedure == expected;
  }

  /**
   * What an extension asks for.
   *
   * @return the extension, or empty
   */
  public Optional<Extension> extension() {
    return Optional.ofNullable(extension);
  }

  /**
   * The field of the expert who joins the case.
   *
   * @return the field, or empty
   */
  public Optional<ExpertField> expert() {
    return Optional.ofNullable(expert);
  }

  /**
   * What a {@code register} command registers.
   *
   * @return the registration, or empty for other commands
   */
  public Optional<Registration> registration() {
    return Optional.ofNullable(registration);
  }

  boolean hasHandler() {
    return handler != null;
  }

  boolean hasReason() {
    return reason != null;
  }

  boolean hasRating() {
    return rating != null;
  }

  String rawKey() {
    return idempotencyKey;
  }

  String rawHandler() {
    return handler;
  }

  Rating rawRating() {
    return rating;
  }

  Tier rawTier() {
    return tier;
  }

  Extension rawExtension() {
    return extension;
  }

  ExpertField rawExpert() {
    return expert;
  }

  Registration rawRegistration() {
    return registration;
  }

  /**
   * Whether two commands are the same request: name, actor, key and data.
   *
   * @param o the other object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Command c && name.equals(c.name) && actor.equals(c.actor)
        && Objects.equals(idempotencyKey, c.idempotencyKey) && Objects.equals(handler, c.handler)
        && Objects.equals(reason, c.reason) && rating == c.rating && tier == c.tier
        && Objects.equals(registration, c.registration) && replyOutcome == c.replyOutcome
        && riskLevel == c.riskLevel && procedure == c.procedure
        && Objects.equals(extension, c.extension) && Objects.equals(expert, c.expert);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, actor, idempotencyKey, handler, reason, rating, tier, registration,
        replyOutcome, riskLevel, procedure, extension, expert);
  }

  /** The name, actor and key; reasons are left out since they are free text. */
  @Override
  public String toString() {
    return "Command[" + name + " by " + actor.id() + "/" + actor.role()
        + (idempotencyKey == null ? "" : ", key " + idempotencyKey) + "]";
  }
}
