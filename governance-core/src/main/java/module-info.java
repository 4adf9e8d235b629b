/**
 * Shiyu core: the vocabulary every other module and every vendor builds on.
 *
 * <p>Small immutable value types with static factories and validation at construction, as
 * {@code java.time} does it: division and grid codes, parties and masked personal data,
 * organisations, case categories, the work calendar and legal deadlines, coordinates.
 * It requires nothing but {@code java.base}: JSON is the {@code io.github.shiyu.governance.jackson}
 * module's (governance-jackson), Jakarta Validation constraints are the
 * {@code io.github.shiyu.governance.validation} module's (governance-validation).
 *
 * <pre>{@code
 * DivisionCode code = DivisionCode.parse("429004");   // 429004000000, a county
 * code.level();                                        // COUNTY
 * code.parent();                                       // Optional[429000000000]
 * }</pre>
 */
module io.github.shiyu.governance.core {
  exports io.github.shiyu.governance.core;
  exports io.github.shiyu.governance.core.division;

  exports io.github.shiyu.governance.core.grid;

  exports io.github.shiyu.governance.core.party;

  exports io.github.shiyu.governance.core.org;

  exports io.github.shiyu.governance.core.category;

  exports io.github.shiyu.governance.core.time;

  exports io.github.shiyu.governance.core.geo;

  // The JSON form of core's types, free of any JSON library, for the two Jackson modules only
  // (both write and read it through this one package, so their forms cannot drift apart) and
  // for cases' event form, which writes core values inside events.
  exports io.github.shiyu.governance.core.internal.json to io.github.shiyu.governance.cases,
      io.github.shiyu.governance.jackson, io.github.shiyu.governance.jackson3;
}
