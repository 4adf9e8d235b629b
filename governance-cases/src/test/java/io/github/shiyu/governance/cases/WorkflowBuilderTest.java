package io.github.shiyu.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkflowBuilderTest {

  private static Workflow.Builder base() {
    return Workflow.builder("test-flow", CaseType.WORK_ORDER)
        .state("NEW", StateKind.OPEN)
        .state("DONE", StateKind.TERMINAL)
        .registration().to("NEW").by(Role.CITIZEN).add()
        .on("finish").from("NEW").to("DONE").by(Role.DEPARTMENT).add();
  }

  private static void rejects(Workflow.Builder builder, String code, String... named) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).code().id()).isEqualTo(code))
        .message().contains(named);
  }

  @Test
  void buildsAValidDefinition() {
    Workflow w = base().build();
    assertThat(w.states()).extracting(s -> s.name().value()).containsExactly("NEW", "DONE");
    assertThat(w.initial().name().value()).isEqualTo("NEW");
    assertThat(w.permitted(w.initial(), Role.DEPARTMENT)).containsExactly(CommandName.of("finish"));
    assertThat(w.permitted(w.initial(), Role.CITIZEN)).isEmpty();
    assertThat(w.permits(w.initial(), Role.DEPARTMENT, CommandName.of("finish"))).isTrue();
    assertThat(w.permits(w.initial(), Role.CITIZEN, CommandName.of("finish"))).isFalse();
    assertThat(w.permits(w.initial(), Role.DEPARTMENT, CommandName.of("bogus"))).isFalse();
  }

  @Test
  void rejectsUnreachableStatesNamingThem() {
    rejects(base().state("LIMBO", StateKind.TERMINAL).state("ATTIC", StateKind.TERMINAL),
        "workflow.unreachable_state", "LIMBO", "ATTIC", "test-flow");
  }

  @Test
  void rejectsNonTerminalDeadEndsNamingThem() {
    rejects(base().state("STUCK", StateKind.SETTLED)
            .on("park").from("NEW").to("STUCK").by(Role.DEPARTMENT).add()
            .on("poke").from("STUCK").stay().by(Role.SUPERVISOR).add(),
        "workflow.dead_end", "STUCK");
  }

  @Test
  void rejectsAmbiguousTransitionsNamingThem() {
    rejects(base().state("ELSEWHERE", StateKind.TERMINAL)
            .on("finish").from("NEW").to("ELSEWHERE").by(Role.DEPARTMENT).add(),
        "workflow.ambiguous_transition", "finish", "NEW", "DONE", "ELSEWHERE");
    rejects(base().state("A", StateKind.TERMINAL).state("B", StateKind.TERMINAL)
            .on("go").from("NEW").to("A").by(Role.DEPARTMENT).when("x", (k, c, t) -> true).add()
            .on("go").from("NEW").to("B").by(Role.DEPARTMENT).when("x", (k, c, t) -> true).add(),
        "workflow.ambiguous_transition", "go", "NEW", "'x'");
  }

  @Test
  void rejectsExitsFromTerminalStatesNamingThem() {
    rejects(base().on("revive").from("DONE").to("NEW").by(Role.SUPERVISOR).add(),
        "workflow.exit_from_terminal", "DONE", "revive");
  }

  @Test
  void rejectsUnknownStatesAndIncompleteTransitions() {
    rejects(base().on("jump").from("NEW").to("NOWHERE").by(Role.DEPARTMENT).add(),
        "workflow.unknown_state", "NOWHERE");
    assertThatThrownBy(() -> base().on("jump").from("NEW").to("DONE").add())
        .hasMessageContaining("no role");
    assertThatThrownBy(() -> base().state("NEW", StateKind.OPEN))
        .hasMessageContaining("NEW declared twice");
    assertThatThrownBy(() -> Workflow.builder("x-y", CaseType.DISPUTE).build())
        .hasMessageContaining("no registration()");
  }

  @Test
  void branchesAreTriedInOrderThenTheDefault() {
    Workflow w = base().state("URGENT", StateKind.TERMINAL)
        .on("finish").from("NEW").to("URGENT").by(Role.DEPARTMENT)
        .when("a reason is given", (k, c, t) -> c.reason().isPresent()).add()
        .build();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    Case kase = Case.start(w.register(CaseId.of("c1"), Command.register(
        Actor.of("u1", Role.CITIZEN), Registration.of(CaseType.WORK_ORDER, "hotline",
            DivisionCode.parse("420602003012"))), t0)
        .event());
    Actor dept = Actor.of("d1", Role.DEPARTMENT);
    assertThat(w.decide(kase, Command.of("finish", dept), t0).event().to().value()).isEqualTo("DONE");
    assertThat(w.decide(kase, Command.of("finish", dept).withReason("fire"), t0).event().to())
        .isEqualTo(StateName.of("URGENT"));
  }
}
