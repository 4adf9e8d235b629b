package io.github.shiyu.governance.cases.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Fixtures;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseService#executeAll} gives the decisions, and leaves the events, that {@link
 * CaseService#register} and {@link CaseService#execute} give for the same commands one after
 * another: with repeated requests, rejections, a registration of a taken id by its own
 * repeated request, and a store whose recent versions lag (so that batched appends conflict).
 */
class ExecuteAllTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-09T01:00:00Z"),
      ZoneOffset.UTC);
  private static final int CASES = 4;

  /** A work order's life; after it, commands that are mostly refused. */
  private static final Command[] LIFE = {
      Command.of("dispatch", Fixtures.as(Role.OPERATIONS_CENTER)).withHandler("dept-1"),
      Command.of("acknowledge", Fixtures.as(Role.DEPARTMENT)),
      Command.of("reply", Fixtures.as(Role.DEPARTMENT)),
      Command.of("verify", Fixtures.as(Role.OPERATIONS_CENTER)),
      Command.of("followUp", Fixtures.as(Role.OPERATIONS_CENTER)),
      Command.of("rate", Fixtures.as(Role.CITIZEN)).withRating(Rating.SATISFIED),
      Command.of("close", Fixtures.as(Role.OPERATIONS_CENTER))};

  /**
   * The in-memory store, answering {@link #loadRecent} for some cases with the case one event
   * behind, as a cache would whose database another JVM moved on.
   */
  private static final class Lagging extends ForwardingStore {
    final boolean lag;
    int appendAlls;

    Lagging(boolean lag) {
      this.lag = lag;
    }

    @Override
    public List<Optional<GovernanceException>> appendAll(List<Append> appends) {
      appendAlls++;
      return super.appendAll(appends);
    }

    @Override
    public Optional<Case> loadRecent(CaseId id) {
      List<CaseEvent> events = real.events(id);
      if (lag && events.size() > 1 && id.value().hashCode() % 2 == 0) {
        return Optional.of(Case.replay(events.subList(0, events.size() - 1)));
      }
      return real.load(id);
    }
  }

  /**
   * A plan of commands from seeds: each case registered first, then mostly the next step of
   * its life (with a key), now and then a repeat of its last command (the same key), a
   * command out of turn (no key), or its registration again (its own key: a repeat).
   */
  private static List<CaseCommand> plan(List<Integer> seeds) {
    List<CaseCommand> out = new ArrayList<>();
    int[] step = new int[CASES];
    Map<Integer, Command> last = new HashMap<>();
    for (int seed : seeds) {
      int k = Math.floorMod(seed, CASES);
      CaseId id = CaseId.of("X-" + k);
      int mode = Math.floorMod(seed >> 4, 10);
      Command c;
      if (!last.containsKey(k) || mode == 9) {
        c = Command.register(Fixtures.as(Role.OPERATIONS_CENTER),
            Fixtures.registration(CaseType.WORK_ORDER, "hotline.complaint"))
            .withIdempotencyKey(id.value() + "/register");
      } else if (mode < 6) {
        c = LIFE[Math.min(step[k], LIFE.length - 1)].withIdempotencyKey(id.value() + "/" + step[k]);
        step[k]++;
      } else if (mode < 8) {
        c = last.get(k);
      } else {
        c = LIFE[Math.floorMod(seed >> 8, LIFE.length)];
      }
      last.put(k, c);
      out.add(CaseCommand.of(id, c));
    }
    return out;
  }

  private static Decision oneByOne(CaseService s, CaseCommand c) {
    return c.command().registration().isPresent() ? s.register(c.caseId(), c.command())
        : s.execute(c.caseId(), c.command());
  }

  @Test
  void aBatchDecidesAndStoresWhatOneByOneDoes() {
    qt().withExamples(300)
        .forAll(lists().of(integers().all()).ofSizeBetween(0, 40), integers().between(0, 40),
            integers().between(1, 12))
        .checkAssert((seeds, before, chunk) -> {
          for (boolean lag : new boolean[] {false, true}) {
            List<CaseCommand> plan = plan(seeds);
            int split = Math.min(before, plan.size());
            Lagging single = new Lagging(lag);
            Lagging batched = new Lagging(lag);
            CaseService one = new CaseService(single, CLOCK, StandardWorkflows.all());
            CaseService all = new CaseService(batched, CLOCK, StandardWorkflows.all());
            List<Decision> expected = new ArrayList<>();
            List<Decision> actual = new ArrayList<>();
            for (int i = 0; i < split; i++) {
              expected.add(oneByOne(one, plan.get(i)));
              actual.add(oneByOne(all, plan.get(i)));
            }
            for (int i = split; i < plan.size(); i++) {
              expected.add(oneByOne(one, plan.get(i)));
            }
            for (int i = split; i < plan.size(); i += chunk) {
              actual.addAll(all.executeAll(plan.subList(i, Math.min(plan.size(), i + chunk))));
            }
            assertThat(actual).as("decisions, lagging %s", lag).isEqualTo(expected);
            for (int k = 0; k < CASES; k++) {
              CaseId id = CaseId.of("X-" + k);
              assertThat(batched.events(id)).as("events of %s", id)
                  .isEqualTo(single.events(id));
            }
          }
        });
  }

  @Test
  void aCaseCommandsEventsAreStoredTogetherInOneAppend() {
    Lagging store = new Lagging(false);
    CaseService service = new CaseService(store, CLOCK, StandardWorkflows.all());
    CaseId id = CaseId.of("T-1");
    List<Decision> d = service.executeAll(List.of(
        CaseCommand.of(id, Command.register(Fixtures.as(Role.OPERATIONS_CENTER),
            Fixtures.registration(CaseType.WORK_ORDER, "hotline.complaint"))),
        CaseCommand.of(id, LIFE[0]), CaseCommand.of(id, LIFE[1])));
    assertThat(d).hasSize(3).allMatch(Decision::accepted);
    assertThat(store.appendAlls).isEqualTo(1);
    assertThat(store.events(id)).hasSize(3);
    // a command on an unknown case is run by itself after the rest, and fails as execute does
    assertThatThrownBy(() -> service.executeAll(List.of(CaseCommand.of(id, LIFE[2]),
        CaseCommand.of(CaseId.of("nobody"), LIFE[0]))))
        .isInstanceOf(MissingDataException.class);
    assertThat(store.events(id)).hasSize(4);
    assertThat(service.executeAll(List.of())).isEmpty();
  }

  @Test
  void aCaseTypeWithoutAWorkflowFailsWhereOneByOneWouldHaveFailed() {
    Lagging store = new Lagging(false);
    CaseService service = new CaseService(store, CLOCK, StandardWorkflows.all().stream()
        .filter(w -> w.type() == CaseType.WORK_ORDER).toList());
    CaseId order = CaseId.of("T-3");
    assertThatThrownBy(() -> service.executeAll(List.of(
        CaseCommand.of(order, Command.register(Fixtures.as(Role.OPERATIONS_CENTER),
            Fixtures.registration(CaseType.WORK_ORDER, "hotline.complaint"))),
        CaseCommand.of(CaseId.of("T-4"), Command.register(Fixtures.as(Role.OPERATIONS_CENTER),
            Fixtures.registration(CaseType.DISPUTE, "dispute.labour"))))))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(CaseErrors.NO_WORKFLOW));
    // the command before it is stored, as one by one
    assertThat(store.events(order)).hasSize(1);
  }
}
