package io.github.shiyu.governance.jdbc;

import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;

/** The contract against the in-memory store (which has no feed). */
class InMemoryCaseStoreContractTest extends CaseStoreContract {

  @Override
  CaseStore newStore() {
    return new InMemoryCaseStore();
  }
}
