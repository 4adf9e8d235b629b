package io.github.shiyu.governance.cases.standard;

import static io.github.shiyu.governance.cases.Fixtures.as;
import static io.github.shiyu.governance.cases.Fixtures.beijing;
import static io.github.shiyu.governance.cases.Fixtures.register;
import static io.github.shiyu.governance.cases.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.State;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.Workflow;
import org.junit.jupiter.api.Test;

/** A vendor copies a standard workflow and changes it with the same builder. */
class VendorCopyTest {

  @Test
  void aVendorDropsSuspensionAndAddsAnOnSiteVisit() {
    Workflow mine = WorkOrderWorkflow.builder().named("county-work-order")
        .withoutState("SUSPENDED")
        .state("ON_SITE", StateKind.OPEN, "现场核查")
        .on("visit").from("ACKNOWLEDGED").to("ON_SITE").by(Role.DEPARTMENT).add()
        .on("reply").from("ON_SITE").to("REPLIED").by(Role.DEPARTMENT)
            .stopsClock(WorkOrderWorkflow.HANDLING).tags(EventTag.REPLY, EventTag.CONCLUSION)
            .add()
        .build();
    assertThat(mine.name()).isEqualTo("county-work-order");
    assertThat(mine.states()).extracting(s -> s.name().value()).doesNotContain("SUSPENDED")
        .contains("ON_SITE");
    assertThat(mine.commands()).doesNotContain(WorkOrderWorkflow.SUSPEND, WorkOrderWorkflow.RESUME)
        .contains(CommandName.of("visit"));
    Case c = register(mine, "WO-1", Role.OPERATIONS_CENTER, "hotline.complaint",
        beijing("2025-06-09T09:00"));
    c = step(mine, c, Command.of("dispatch", as(Role.OPERATIONS_CENTER)).withHandler("d1"),
        beijing("2025-06-09T10:00"));
    c = step(mine, c, Command.of("acknowledge", as(Role.DEPARTMENT)), beijing("2025-06-09T11:00"));
    c = step(mine, c, Command.of("visit", as(Role.DEPARTMENT)), beijing("2025-06-10T09:00"));
    c = step(mine, c, Command.of("reply", as(Role.DEPARTMENT)), beijing("2025-06-10T15:00"));
    assertThat(c.state().name().value()).isEqualTo("REPLIED");
    // the standard definition is untouched
    assertThat(WorkOrderWorkflow.definition().state("SUSPENDED")).isPresent();
  }

  @Test
  void aCarelessCopyIsRejectedAtBuildNamingTheProblem() {
    assertThatThrownBy(() -> WorkOrderWorkflow.builder().withoutCommand("acknowledge").build())
        .hasMessageContaining("workflow.unreachable_state").hasMessageContaining("ACKNOWLEDGED");
    assertThatThrownBy(() -> WorkOrderWorkflow.builder().withoutCommand("resume").build())
        .hasMessageContaining("workflow.dead_end").hasMessageContaining("SUSPENDED");
  }
}
