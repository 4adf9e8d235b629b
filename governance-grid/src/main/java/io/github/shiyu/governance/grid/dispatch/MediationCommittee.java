package io.github.shiyu.governance.grid.dispatch;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import java.util.List;

/**
 * A specialised mediation committee (专业性行业性人民调解委员会, 专调委): the dispute categories it
 * takes (housing, labour, credit, marriage and family ...), the divisions it serves and how
 * many open disputes it takes at once. Xiangyang places its experts in 17 kinds; Kuiwen has 8,
 * Gucheng 16.
 *
 * <pre>{@code
 * MediationCommittee labour = MediationCommittee.of("cmt-labour", "劳动争议人民调解委员会",
 *     List.of("dispute.labour"), 40, DivisionCode.parse("370705"));
 * }</pre>
 *
 * @param id         unique in the pool
 * @param name       the committee's name (an organisation, not a person)
 * @param categories the codes of the categories it takes; their subcategories too
 * @param capacity   the most open disputes at once, at least 1
 * @param serves     the divisions served, at least one
 */
public record MediationCommittee(String id, String name, List<String> categories, int capacity,
    List<DivisionCode> serves) {

  /** Checks the values. */
  public MediationCommittee {
    if (id == null || id.isBlank()) {
      throw new InvalidValueException(DispatchErrors.EXPERTS, "committee", "needs an id");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidValueException(DispatchErrors.EXPERTS, "committee " + id,
          "needs a name");
    }
    categories = List.copyOf(categories);
    if (categories.isEmpty()) {
      throw new InvalidValueException(DispatchErrors.EXPERTS, "committee " + id,
          "takes no category");
    }
    if (capacity < 1) {
      throw new InvalidValueException(DispatchErrors.EXPERTS, "committee " + id,
          "capacity must be at least 1, got " + capacity);
    }
    serves = List.copyOf(serves);
    if (serves.isEmpty()) {
      throw new InvalidValueException(DispatchErrors.EXPERTS, "committee " + id,
          "serves no division");
    }
  }

  /**
   * A committee.
   *
   * @param id         unique in the pool
   * @param name       its name
   * @param categories the category codes it takes
   * @param capacity   the most open disputes at once
   * @param serves     the divisions served
   * @return the committee
   */
  public static MediationCommittee of(String id, String name, List<String> categories,
      int capacity, DivisionCode... serves) {
    return new MediationCommittee(id, name, categories, capacity, List.of(serves));
  }

  /**
   * Whether the committee serves a place.
   *
   * @param division the case's community (or any division)
   * @return whether it is one of the served divisions or lies under one
   */
  public boolean serves(DivisionCode division) {
    return serves.stream().anyMatch(d -> d.contains(division));
  }
}
