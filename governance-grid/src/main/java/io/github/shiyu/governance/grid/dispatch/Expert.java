package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import java.util.List;
import java.util.Objects;

/**
 * An expert in a pool (专家库): a legal-consultation expert, a psychologist or a lawyer, the
 * divisions they serve and how many open cases they take at once. Experts are staff, known by
 * their id; their names stay in the vendor's own records.
 *
 * <pre>{@code
 * Expert psy = Expert.of("psy-012", ExpertField.PSYCHOLOGY, 3,
 *     DivisionCode.parse("150502"));   // serves all of Horqin district, 3 cases at a time
 * }</pre>
 *
 * @param id       the expert's id, unique in the pool
 * @param field    the field
 * @param capacity the most open cases at once, at least 1
 * @param serves   the divisions served (a case in one of them or under it), at least one
 */
public record Expert(String id, ExpertField field, int capacity, List<DivisionCode> serves) {

  /** Checks the values. */
  public Expert {
    if (id == null || id.isBlank()) {
      throw new InvalidValueException(DispatchErrors.EXPERTS, "expert", "needs an id");
    }
    Objects.requireNonNull(field, "field");
    if (capacity < 1) {
      throw new InvalidValueException(DispatchErrors.EXPERTS, "expert " + id,
          "capacity must be at least 1, got " + capacity);
    }
    serves = List.copyOf(serves);
    if (serves.isEmpty()) {
      throw new InvalidValueException(DispatchErrors.EXPERTS, "expert " + id,
          "serves no division");
    }
  }

  /**
   * An expert.
   *
   * @param id       unique in the pool
   * @param field    the field
   * @param capacity the most open cases at once
   * @param serves   the divisions served
   * @return the expert
   */
  public static Expert of(String id, ExpertField field, int capacity, DivisionCode... serves) {
    return new Expert(id, field, capacity, List.of(serves));
  }

  /**
   * Whether the expert serves a place.
   *
   * @param division the case's community (or any division)
   * @return whether it is one of the served divisions or lies under one
   */
  public boolean serves(DivisionCode division) {
    return serves.stream().anyMatch(d -> d.contains(division));
  }
}
