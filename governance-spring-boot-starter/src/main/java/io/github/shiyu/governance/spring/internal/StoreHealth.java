package io.github.shiyu.governance.spring.internal;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.store.CaseStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The case store's health: up when it answers a read (a JDBC store reads its database), down
 * with the exception's type otherwise (never its message, which may quote data).
 */
public final class StoreHealth extends AbstractHealthIndicator {

  private static final CaseId PROBE = CaseId.of("shiyu-health-probe");

  private final CaseStore store;

  /**
   * The health of a store.
   *
   * @param store the store
   */
  public StoreHealth(CaseStore store) {
    super("the case store did not answer");
    this.store = store;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    store.load(PROBE);
    builder.up().withDetail("store", store.getClass().getSimpleName());
  }
}
