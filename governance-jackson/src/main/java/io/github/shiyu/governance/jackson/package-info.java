/**
 * JSON: the Jackson module {@link io.github.shiyu.governance.jackson.GovernanceModule},
 * which writes every value type in its canonical form (masked personal data by default) and
 * reads it back with the same validation, and
 * {@link io.github.shiyu.governance.jackson.InvalidJsonValueException}, which names the JSON
 * path and the rule broken.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
 * mapper.writeValueAsString(PhoneNumber.parse("13812345678"));   // "\"138****5678\""
 * }</pre>
 */
package io.github.shiyu.governance.jackson;
