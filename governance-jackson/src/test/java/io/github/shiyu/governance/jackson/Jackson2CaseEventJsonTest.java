package io.github.shiyu.governance.jackson;

import io.github.shiyu.governance.jsoncontract.CaseEventJsonContract;
import io.github.shiyu.governance.jackson.binding.Jackson2Binding;
import io.github.shiyu.governance.jsoncontract.JsonBinding;

/** The shared suite on governance-jackson (Jackson 2). */
class Jackson2CaseEventJsonTest extends CaseEventJsonContract {
  @Override
  protected JsonBinding binding() {
    return new Jackson2Binding();
  }
}
