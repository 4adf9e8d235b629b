/**
 * Shiyu's Jackson 2 binding: the {@link io.github.shiyu.governance.jackson.GovernanceModule}
 * that writes core's value types in their canonical JSON form (personal data masked by
 * default) and reads them back through their own factories, the
 * {@link io.github.shiyu.governance.jackson.InvalidJsonValueException} naming the JSON path and
 * the rule broken, and {@link io.github.shiyu.governance.jackson.MalformedJson} for readers
 * that parse JSON themselves.
 *
 * <p>Its own module so that core depends on no JSON library: an application on Jackson 3
 * (Spring Boot 4) does not get Jackson 2 through core.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
 * mapper.writeValueAsString(DivisionCode.parse("429004"));   // "\"429004000000\""
 * }</pre>
 */
module io.github.shiyu.governance.jackson {
  requires transitive io.github.shiyu.governance.core;
  // GovernanceModule extends Jackson's SimpleModule and the exception its JsonMappingException.
  requires transitive com.fasterxml.jackson.databind;
  // CaseEventJson reads and writes CaseEvent and takes Workflows: cases types are in its API,
  // so the dependency is transitive, not static (ADR 0014).
  requires transitive io.github.shiyu.governance.cases;

  exports io.github.shiyu.governance.jackson;
}
