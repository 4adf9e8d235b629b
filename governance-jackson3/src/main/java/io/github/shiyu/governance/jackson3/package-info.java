/**
 * JSON on Jackson 3: {@link io.github.shiyu.governance.jackson3.GovernanceModule}, which
 * writes every value type in its canonical form (masked personal data by default) and reads
 * it back with the same validation, {@link io.github.shiyu.governance.jackson3.CaseEventJson}
 * for stored events, and {@link io.github.shiyu.governance.jackson3.InvalidJsonValueException},
 * which names the JSON path and the rule broken. The forms are governance-jackson's, byte for
 * byte.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GovernanceModule()).build();
 * mapper.writeValueAsString(PhoneNumber.parse("13812345678"));   // "\"138****5678\""
 * }</pre>
 */
package io.github.shiyu.governance.jackson3;
