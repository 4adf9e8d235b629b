package io.github.shiyu.governance.people;

import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.grid.GridCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one {@link SupervisionEvent} changes: an enrolment, a level change, a hand-over to
 * another grid or worker, or the end of the measure.
 *
 * <pre>{@code
 * SupervisionChange c = new SupervisionChange.LevelChange(PopulationTaxonomy.STRICT);
 * }</pre>
 */
public sealed interface SupervisionChange {

  /**
   * The person enters the register (列管).
   *
   * @param person the record as enrolled
   */
  record Enrolment(SupervisedPerson person) implements SupervisionChange {
    /**
     * Checks for null.
     *
     * @param person the record as enrolled
     */
    public Enrolment {
      Objects.requireNonNull(person, "person");
    }
  }

  /**
   * The supervision level changes (调整管控等级).
   *
   * @param level the new level
   */
  record LevelChange(CaseCategory level) implements SupervisionChange {
    /**
     * Checks for null.
     *
     * @param level the new level
     */
    public LevelChange {
      Objects.requireNonNull(level, "level");
    }
  }

  /**
   * Another grid or grid worker becomes responsible.
   *
   * @param grid   the grid
   * @param worker the grid worker's id
   */
  record Handover(GridCode grid, String worker) implements SupervisionChange {
    /**
     * Checks for null.
     *
     * @param grid   the grid
     * @param worker the grid worker's id
     */
    public Handover {
      Objects.requireNonNull(grid, "grid");
      Objects.requireNonNull(worker, "worker");
    }
  }

  /**
   * The measure ends (解除), possibly before its planned end.
   *
   * @param end the last day
   */
  record Ending(LocalDate end) implements SupervisionChange {
    /**
     * Checks for null.
     *
     * @param end the last day
     */
    public Ending {
      Objects.requireNonNull(end, "end");
    }
  }
}
