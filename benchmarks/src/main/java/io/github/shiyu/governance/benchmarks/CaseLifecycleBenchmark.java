package io.github.shiyu.governance.benchmarks;

import com.alibaba.cola.statemachine.StateMachine;
import com.alibaba.cola.statemachine.builder.StateMachineBuilder;
import com.alibaba.cola.statemachine.builder.StateMachineBuilderFactory;
import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.WorkOrderWorkflow;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full work-order lifecycle (register, dispatch, acknowledge, reply, verify, follow up,
 * rate, close: 8 commands) through Shiyu's case engine and through Alibaba's COLA state
 * machine, side by side.
 *
 * <p>One invocation runs one whole lifecycle for the next of 1,000,000 case ids (cycling), and
 * {@code @OperationsPerInvocation(8)} turns the score into commands per second. The case engine
 * decides each command (command lookup, role check, guards, branch condition on the rating,
 * time windows), creates its {@code CaseEvent} (with the handler, tags, deadlines: the
 * registration starts the 15-working-day handling clock on the real 2025 calendar, the
 * dispatch the 2-working-day return window, the reply stops the clock) and applies it to get
 * the next immutable {@code Case}. COLA only fires the event and returns the next state (a role
 * check as its transition condition, an empty action), recording nothing. Commands are
 * prebuilt, as a server would parse them once per request; time moves by an hour per command.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CaseLifecycleBenchmark -prof gc
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CaseLifecycleBenchmark {

  /** Commands per lifecycle. */
  public static final int COMMANDS = 8;
  /** Distinct cases cycled through. */
  public static final int CASES = 1_000_000;
  /** Who issues each command of the lifecycle, in order (the role COLA's conditions check). */
  private static final Role[] ROLES = {Role.OPERATIONS_CENTER, Role.OPERATIONS_CENTER,
      Role.DEPARTMENT, Role.DEPARTMENT, Role.OPERATIONS_CENTER, Role.OPERATIONS_CENTER,
      Role.CITIZEN, Role.OPERATIONS_CENTER};

  /** COLA's states for the same lifecycle. */
  public enum WoState { NEW, REGISTERED, DISPATCHED, ACKNOWLEDGED, REPLIED, VERIFIED,
    FOLLOWED_UP, RATED, CLOSED }

  /** COLA's events for the same lifecycle. */
  public enum WoEvent { REGISTER, DISPATCH, ACKNOWLEDGE, REPLY, VERIFY, FOLLOW_UP, RATE, CLOSE }

  /** COLA's context: who fires the event. */
  public static final class Context {
    Role role;
  }

  private Workflow workflow;
  private CaseId[] ids;
  private Command[] commands;
  private Instant[] times;
  private int next;

  private StateMachine<WoState, WoEvent, Context> machine;
  private Context context;
  private final WoEvent[] colaEvents = WoEvent.values();

  /** Builds the workflow, the ids, the commands and the COLA machine. */
  @Setup
  public void setup() {
    workflow = WorkOrderWorkflow.definition();
    ids = new CaseId[CASES];
    for (int i = 0; i < CASES; i++) {
      ids[i] = CaseId.of("WO-" + i);
    }
    Actor center = Actor.of("op-1", Role.OPERATIONS_CENTER);
    Actor department = Actor.of("dept-1", Role.DEPARTMENT);
    Actor citizen = Actor.of("citizen-1", Role.CITIZEN);
    commands = new Command[] {
        Command.register(center, Registration.of(CaseType.WORK_ORDER,
            CategoryTaxonomy.standard().require("hotline.complaint"),
            DivisionCode.parse("420602003012"))),
        Command.of("dispatch", center).withHandler("dept-housing"),
        Command.of("acknowledge", department),
        Command.of("reply", department),
        Command.of("verify", center),
        Command.of("followUp", center),
        Command.of("rate", citizen).withRating(Rating.SATISFIED),
        Command.of("close", center)};
    times = new Instant[COMMANDS];
    for (int i = 0; i < COMMANDS; i++) {
      times[i] = Instant.parse("2025-06-09T01:00:00Z").plus(Duration.ofHours(i));
    }
    context = new Context();
    machine = colaMachine("work-order-" + System.nanoTime());
  }

  private static StateMachine<WoState, WoEvent, Context> colaMachine(String id) {
    StateMachineBuilder<WoState, WoEvent, Context> b = StateMachineBuilderFactory.create();
    WoState[] s = WoState.values();
    WoEvent[] e = WoEvent.values();
    for (int i = 0; i < e.length; i++) {
      Role role = ROLES[i];
      b.externalTransition().from(s[i]).to(s[i + 1]).on(e[i])
          .when(ctx -> ctx.role.equals(role))
          .perform((from, to, event, ctx) -> { });
    }
    return b.build(id);
  }

  /**
   * One work-order lifecycle through the case engine: 8 decisions, 8 events, 8 case versions.
   *
   * @param bh sinks the events
   * @return the closed case
   */
  @Benchmark
  @OperationsPerInvocation(COMMANDS)
  public Case caseEngine(Blackhole bh) {
    CaseId id = ids[next];
    next = next + 1 == CASES ? 0 : next + 1;
    CaseEvent event = workflow.register(id, commands[0], times[0]).event();
    bh.consume(event);
    Case kase = Case.start(event);
    for (int i = 1; i < COMMANDS; i++) {
      event = workflow.decide(kase, commands[i], times[i]).event();
      bh.consume(event);
      kase = kase.apply(event);
    }
    return kase;
  }

  /**
   * The same lifecycle through COLA: 8 fired events, the next state each time.
   *
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(COMMANDS)
  public WoState cola() {
    next = next + 1 == CASES ? 0 : next + 1;
    WoState state = WoState.NEW;
    for (int i = 0; i < COMMANDS; i++) {
      context.role = ROLES[i];
      state = machine.fireEvent(state, colaEvents[i], context);
    }
    return state;
  }
}
