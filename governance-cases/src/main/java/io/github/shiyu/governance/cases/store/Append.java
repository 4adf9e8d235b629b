package io.github.shiyu.governance.cases.store;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.core.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * One command's events for {@link CaseStore#appendAll}: what {@link CaseStore#append} takes,
 * as a value.
 *
 * <pre>{@code
 * Append a = Append.of(event.caseId(), 3, List.of(event));   // decided against version 3
 * }</pre>
 *
 * @param caseId          the case
 * @param expectedVersion the version the events were decided against (0 for a new case)
 * @param events          the events, sequence numbers from {@code expectedVersion + 1}
 */
public record Append(CaseId caseId, long expectedVersion, List<CaseEvent> events) {

  /**
   * Checks the parts; the events are copied.
   *
   * @throws InvalidValueException {@code case.setting} if the expected version is negative
   */
  public Append {
    Objects.requireNonNull(caseId, "caseId");
    if (expectedVersion < 0) {
      throw new InvalidValueException(CaseErrors.SETTING, "expectedVersion",
          "must be at least 0, got " + expectedVersion);
    }
    events = List.copyOf(events);
  }

  /**
   * The events of one command decided against a version of a case.
   *
   * @param caseId          the case
   * @param expectedVersion the version the events were decided against (0 for a new case)
   * @param events          the events
   * @return the append
   */
  public static Append of(CaseId caseId, long expectedVersion, List<CaseEvent> events) {
    return new Append(caseId, expectedVersion, events);
  }
}
