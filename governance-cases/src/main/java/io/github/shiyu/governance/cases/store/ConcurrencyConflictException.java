package io.github.shiyu.governance.cases.store;

import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.core.GovernanceException;

/**
 * An append found the case at another version than the one the events were decided against:
 * someone else changed it in between. {@link CaseService} re-decides against the new version
 * and throws this only when it keeps losing.
 *
 * <pre>{@code
 * try {
 *   store.append(id, 3, List.of(event));
 * } catch (ConcurrencyConflictException e) {
 *   e.actualVersion();   // 4: reload and decide again
 * }
 * }</pre>
 */
public final class ConcurrencyConflictException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param id              the case
   * @param expectedVersion the version the events were decided against
   * @param actualVersion   the version found
   */
  public ConcurrencyConflictException(CaseId id, long expectedVersion, long actualVersion) {
    super(CaseErrors.CONFLICT, id, expectedVersion, actualVersion);
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * The version the events were decided against.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * The version found in the store.
   *
   * @return the actual version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
