package io.github.shiyu.governance.jackson3;

import io.github.shiyu.governance.jackson.binding.Jackson2Binding;
import io.github.shiyu.governance.jsoncontract.JsonBinding;
import io.github.shiyu.governance.jsoncontract.SameFormContract;

/** governance-jackson3 beside governance-jackson: the same bytes, the same errors. */
class SameFormAsJackson2Test extends SameFormContract {
  @Override
  protected JsonBinding reference() {
    return new Jackson2Binding();
  }

  @Override
  protected JsonBinding binding() {
    return new Jackson3Binding();
  }
}
