package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.grid.GridCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A visit the monitor found due or overdue: whom (by id only), which grid and worker, the due
 * day and the last visit (or the start of the measure).
 *
 * @param person  the person
 * @param grid    the responsible grid
 * @param worker  the responsible worker
 * @param last    the last visit, or the start of the measure
 * @param due     the day the next visit is due
 * @param status  due or overdue
 */
public record VisitDue(PersonId person, GridCode grid, String worker, LocalDate last,
    LocalDate due, Status status) {

  /** Whether the day has passed. */
  public enum Status {
    /** Due today or within the monitor's horizon. */
    DUE,
    /** The due day has passed without a visit. */
    OVERDUE
  }

  /**
   * Checks for null.
   *
   * @param person the person
   * @param grid   the grid
   * @param worker the worker
   * @param last   the last visit
   * @param due    the due day
   * @param status the status
   */
  public VisitDue {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
  }
}
