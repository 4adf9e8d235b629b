package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.TimeLimits;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.standard.WorkOrderWorkflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plug in a custom workflow: a vendor's own fast track for hotline work orders (register,
 * handle within 1 working day, reply, close), built as data with the same builder as the
 * standard ones and checked at {@code build()}; a standard workflow with a province's own
 * time limits; and a {@link CaseService} that runs the custom one in place of the standard.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am -DskipTests package exec:exec \
 *   -Dquickstart.main=io.github.shiyu.governance.examples/io.github.shiyu.governance.examples.CustomWorkflow
 * }</pre>
 */
public final class CustomWorkflow {

  private CustomWorkflow() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * The vendor's fast-track work order.
   *
   * @return the workflow
   */
  public static Workflow fastTrack() {
    return Workflow.builder("fast-track-work-order", CaseType.WORK_ORDER)
        .state("REGISTERED", StateKind.OPEN, "已登记")
        .state("HANDLING", StateKind.OPEN, "处置中")
        .state("REPLIED", StateKind.SETTLED, "已答复")
        .state("CLOSED", StateKind.TERMINAL, "已归档")
        .clock("handling")
        .registration().to("REGISTERED").by(Role.OPERATIONS_CENTER)
            .startsClock("handling", "handling").tags(EventTag.REGISTRATION).add()
        .on("take").from("REGISTERED").to("HANDLING").by(Role.GRID_WORKER, Role.DEPARTMENT)
            .assignsHandler().tags(EventTag.DISPATCH).add()
        .on("reply").from("HANDLING").to("REPLIED").by(Role.GRID_WORKER, Role.DEPARTMENT)
            .requiresReason().stopsClock("handling").tags(EventTag.REPLY, EventTag.CONCLUSION).add()
        .on("close").from("REPLIED").to("CLOSED").by(Role.OPERATIONS_CENTER, Role.SYSTEM)
            .tags(EventTag.CLOSURE).add()
        .timeLimits(TimeLimits.builder().limit("handling", DeadlinePolicy.workingDays(1)).build())
        .build();
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Workflow fastTrack = fastTrack();
    out.println(fastTrack.name() + ": states " + fastTrack.states().stream().map(s -> s.name()).toList()
        + ", commands " + fastTrack.commands());

    // build() refuses a definition with a state nothing leads to, naming it.
    try {
      Workflow.builder("broken", CaseType.WORK_ORDER)
          .state("REGISTERED", StateKind.OPEN)
          .state("LOST", StateKind.OPEN)
          .state("CLOSED", StateKind.TERMINAL)
          .registration().to("REGISTERED").by(Role.OPERATIONS_CENTER).add()
          .on("close").from("REGISTERED").to("CLOSED").by(Role.OPERATIONS_CENTER).add()
          .build();
    } catch (GovernanceException e) {
      out.println("refused: " + e.getMessage());
    }

    // A standard workflow with Shandong's limits: 5 working days. The default limits have rows
    // per hotline kind (Guangdong's); a more specific row wins, so override those too.
    TimeLimits limits = WorkOrderWorkflow.defaultLimits().with(WorkOrderWorkflow.HANDLING, DeadlinePolicy.workingDays(5));
    out.println("street order: " + limits.policy(WorkOrderWorkflow.HANDLING, "citymgmt.event.street_order").orElseThrow()
        + "; complaint still " + limits.policy(WorkOrderWorkflow.HANDLING, "hotline.complaint").orElseThrow());
    limits = limits.with(WorkOrderWorkflow.HANDLING, "hotline.complaint", DeadlinePolicy.workingDays(5));
    Workflow shandong = WorkOrderWorkflow.definition().withTimeLimits(limits);
    out.println("Shandong complaint: " + shandong.timeLimits().policy(WorkOrderWorkflow.HANDLING, "hotline.complaint")
        .orElseThrow());

    // The service runs the custom workflow for work orders, the standard ones for the rest.
    List<Workflow> workflows = new ArrayList<>(StandardWorkflows.all());
    workflows.removeIf(w -> w.type() == CaseType.WORK_ORDER);
    workflows.add(fastTrack);
    Instant friday = Instant.parse("2025-09-26T02:00:00Z");
    CaseService service = new CaseService(new InMemoryCaseStore(), Clock.fixed(friday, WorkCalendar.ZONE),
        workflows);
    CaseId id = CaseId.of("FT-1");
    Actor center = Actor.of("kw-12345", Role.OPERATIONS_CENTER);
    service.register(id, Command.register(center,
        Registration.of(CaseType.WORK_ORDER, "hotline.help_seeking", DivisionCode.parse("370705002001"))));
    // Due at the end of the next working day after Friday 26 September 2025: Sunday the 28th,
    // a weekend day made a working day (调休) before the National Day holiday.
    var due = service.find(id).orElseThrow().due().orElseThrow().atZone(WorkCalendar.ZONE);
    out.println("due " + due.toLocalDate().minusDays(1) + " 24:00: Sunday 28 September is a working day (调休)");
    Actor worker = Actor.of("P0042", Role.GRID_WORKER);
    service.execute(id, Command.of("take", worker).withHandler("P0042"));
    Decision noReason = service.execute(id, Command.of("reply", worker));
    out.println("refused: " + noReason.rejection().orElseThrow().message());
    service.execute(id, Command.of("reply", worker).withReason("the street lamp was repaired"));
    service.execute(id, Command.of("close", center));
    out.println(id + " is " + service.find(id).orElseThrow().state().name() + " after "
        + service.history(id).size() + " events");
    out.println(fastTrack.toMermaid().lines().filter(l -> l.contains("REGISTERED --> HANDLING")).findFirst()
        .orElse("").strip());
  }
}
