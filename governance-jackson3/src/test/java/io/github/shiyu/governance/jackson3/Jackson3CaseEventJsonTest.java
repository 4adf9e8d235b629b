package io.github.shiyu.governance.jackson3;

import io.github.shiyu.governance.jsoncontract.CaseEventJsonContract;
import io.github.shiyu.governance.jsoncontract.JsonBinding;

/** The shared suite on governance-jackson3 (Jackson 3). */
class Jackson3CaseEventJsonTest extends CaseEventJsonContract {
  @Override
  protected JsonBinding binding() {
    return new Jackson3Binding();
  }
}
