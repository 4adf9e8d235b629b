package io.github.shiyu.governance.jsoncontract;

import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.party.CreditCode;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Generators of parsed values, for tests in other packages. */
// Test code only: QuickTheories sits in the unnamed module, hence "exports".
@SuppressWarnings("exports")
public final class JsonGenerators {

  private JsonGenerators() {
  }

  public static Gen<ResidentId> residentIds() {
    return Generators.residentIds().map(s -> ResidentId.parse(s));
  }

  public static Gen<PhoneNumber> mobiles() {
    return Generators.mobiles().map(s -> PhoneNumber.parse(s));
  }

  public static Gen<PhoneNumber> phones() {
    return Generators.mobiles().mix(Generators.landlines()).map(s -> PhoneNumber.parse(s));
  }

  public static Gen<CreditCode> creditCodes() {
    return Generators.creditCodes().map(s -> CreditCode.parse(s));
  }

  /** Grid codes in communities of structurally valid counties. */
  public static Gen<GridCode> gridCodes() {
    Gen<String> county = Generate.pick(Generators.PROVINCES).zip(
        SourceDSL.integers().between(1, 99), SourceDSL.integers().between(1, 99),
        (p, c, k) -> p + String.format("%02d%02d", c, k));
    Gen<Integer> part = SourceDSL.integers().between(1, 999);
    return county.zip(part, part, part, (c, t, v, g) -> GridCode.of(
        DivisionCode.parse(c + String.format("%03d%03d", t, v)), g));
  }
}
