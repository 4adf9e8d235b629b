package io.github.shiyu.governance.metrics.fact;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.org.ExpertField;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How the case of a {@link CaseFact} went through the organisation: who handled it, whether
 * the citizen was contacted in time (响应), and whether it was returned (退单), escalated
 * (提级) or reopened (重办) at least once, and the fields of the experts who joined it (专家参与:
 * a psychologist, a legal-consultation expert, a lawyer), by their codes. Immutable; the
 * {@code with...} methods return copies.
 *
 * <p>The handler is kept by its id, the {@code department} column of case-fact rows and the
 * key of a report's department dimension. It is usually a {@link Department}'s id; a case
 * that a person handled alone (a grid worker solving it on the spot) carries that person's
 * id, as a case event's handler does: neither the events nor the rows know a department's
 * name or division, so the fact does not hold a {@code Department}.
 *
 * <pre>{@code
 * Handling h = Handling.none()
 *     .withDepartment(Department.of("hr-429004", "仙桃市人社局", DivisionCode.parse("429004")))
 *     .withReturned(true);
 * h.department();   // Optional["hr-429004"]
 * }</pre>
 */
public final class Handling {

  private static final Handling NONE = new Handling(null, false, false, false, false,
      List.of());

  private final String department;
  private final boolean responded;
  private final boolean returned;
  private final boolean escalated;
  private final boolean reopened;
  /** Distinct codes in ascending order. */
  private final List<String> experts;

  Handling(String department, boolean responded, boolean returned, boolean escalated,
      boolean reopened, List<String> experts) {
    FactRules.handling(department);
    FactRules.experts(experts);
    this.department = department;
    this.responded = responded;
    this.returned = returned;
    this.escalated = escalated;
    this.reopened = reopened;
    this.experts = experts;
  }

  /**
   * No handler, no flag set.
   *
   * @return the handling
   */
  public static Handling none() {
    return NONE;
  }

  /**
   * A copy handled by a department.
   *
   * @param value the department
   * @return the copy
   */
  public Handling withDepartment(Department value) {
    return withDepartmentId(Objects.requireNonNull(value, "department").id());
  }

  /**
   * A copy handled by a department or person given by id.
   *
   * @param id the handler's id
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} for a blank id
   */
  public Handling withDepartmentId(String id) {
    return new Handling(Objects.requireNonNull(id, "id"), responded, returned, escalated,
        reopened, experts);
  }

  /**
   * A copy without a handler.
   *
   * @return the copy
   */
  public Handling withoutDepartment() {
    return new Handling(null, responded, returned, escalated, reopened, experts);
  }

  /**
   * A copy with the responded flag.
   *
   * @param value whether the citizen was contacted within the response time
   * @return the copy
   */
  public Handling withResponded(boolean value) {
    return new Handling(department, value, returned, escalated, reopened, experts);
  }

  /**
   * A copy with the returned flag.
   *
   * @param value whether a receiver returned the case at least once
   * @return the copy
   */
  public Handling withReturned(boolean value) {
    return new Handling(department, responded, value, escalated, reopened, experts);
  }

  /**
   * A copy with the escalated flag.
   *
   * @param value whether escalated at least once
   * @return the copy
   */
  public Handling withEscalated(boolean value) {
    return new Handling(department, responded, returned, value, reopened, experts);
  }

  /**
   * A copy with the reopened flag.
   *
   * @param value whether reopened at least once
   * @return the copy
   */
  public Handling withReopened(boolean value) {
    return new Handling(department, responded, returned, escalated, value, experts);
  }

  /**
   * A copy with the fields of the experts who joined the case.
   *
   * @param codes expert field codes ({@link ExpertField#code()}), lower snake case; kept once
   *     each, in ascending order
   * @return the copy
   * @throws InvalidValueException {@code metrics.fact} for a malformed code
   */
  public Handling withExperts(Collection<String> codes) {
    return new Handling(department, responded, returned, escalated, reopened, sorted(codes));
  }

  static List<String> sorted(Collection<String> codes) {
    return codes.isEmpty() ? List.of() : List.copyOf(new TreeSet<>(codes));
  }

  /**
   * The fields of the experts who joined the case.
   *
   * @return distinct expert field codes in ascending order, empty if none joined
   */
  public List<String> experts() {
    return experts;
  }

  /**
   * Whether an expert of a field joined the case.
   *
   * @param code the field's code, e.g. {@code psychology}
   * @return {@code true} if one did
   */
  public boolean hasExpert(String code) {
    return experts.contains(code);
  }

  /**
   * Whether an expert of a field joined the case.
   *
   * @param field the field
   * @return {@code true} if one did
   */
  public boolean hasExpert(ExpertField field) {
    return experts.contains(field.code());
  }

  /**
   * The handler's id: a department's, or a person's when no department handled the case.
   *
   * @return the id, empty if no handler was set
   */
  public Optional<String> department() {
    return Optional.ofNullable(department);
  }

  String departmentOrNull() {
    return department;
  }

  /**
   * 响应: the citizen was contacted within the response time.
   *
   * @return the flag
   */
  public boolean responded() {
    return responded;
  }

  /**
   * 退单: returned by a receiver at least once.
   *
   * @return the flag
   */
  public boolean returned() {
    return returned;
  }

  /**
   * 提级: escalated at least once.
   *
   * @return the flag
   */
  public boolean escalated() {
    return escalated;
  }

  /**
   * 重办: reopened at least once.
   *
   * @return the flag
   */
  public boolean reopened() {
    return reopened;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Handling h && Objects.equals(department, h.department)
        && responded == h.responded && returned == h.returned && escalated == h.escalated
        && reopened == h.reopened && experts.equals(h.experts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(department, responded, returned, escalated, reopened, experts);
  }

  @Override
  public String toString() {
    return "Handling[" + (department == null ? "no handler" : department)
        + (responded ? " responded" : "") + (returned ? " returned" : "")
        + (escalated ? " escalated" : "") + (reopened ? " reopened" : "")
        + (experts.isEmpty() ? "" : " experts " + experts) + "]";
  }
}
