/**
 * Shiyu's Jackson 3 binding (Spring Boot 4's JSON library): the
 * {@link io.github.shiyu.governance.jackson3.GovernanceModule} and
 * {@link io.github.shiyu.governance.jackson3.CaseEventJson} of governance-jackson for
 * {@code tools.jackson}, writing the same JSON byte for byte and reading it back through the
 * same validation, with the same error codes and JSON paths.
 *
 * <p>Both modules run one form, kept in core and cases free of any JSON library: this module
 * only adapts Jackson 3's generator, parser and exceptions to it.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GovernanceModule()).build();
 * mapper.writeValueAsString(DivisionCode.parse("429004"));   // "\"429004000000\""
 * }</pre>
 */
module io.github.shiyu.governance.jackson3 {
  requires transitive io.github.shiyu.governance.core;
  // CaseEventJson reads and writes CaseEvent and takes Workflows.
  requires transitive io.github.shiyu.governance.cases;
  // GovernanceModule extends Jackson 3's SimpleModule, the exception its DatabindException.
  requires transitive tools.jackson.databind;

  exports io.github.shiyu.governance.jackson3;
}
