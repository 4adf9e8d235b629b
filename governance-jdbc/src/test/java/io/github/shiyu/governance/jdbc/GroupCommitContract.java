package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.cases.store.ConcurrencyConflictException;
import io.github.shiyu.governance.core.InvalidValueException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract on the group-commit store ({@link JdbcCaseStore#withGroupCommit}); and many
 * threads appending at once, stale writers among them, so that batches hold several commands,
 * conflicts among them: each command all or nothing, versions checked, the feed gap-free.
 */
abstract class GroupCommitContract extends JdbcContract {

  @Override
  CaseStore newStore() throws Exception {
    super.newStore();
    jdbc = jdbc.withGroupCommit(16);
    return jdbc;
  }

  @Test
  void aBatchOfOneIsRefused() {
    assertThatThrownBy(() -> jdbc.withGroupCommit(1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void concurrentAppendsCoalesceAndKeepEveryGuarantee() throws Exception {
    List<Workflow> flows = StandardWorkflows.all();
    List<List<CaseEvent>> histories = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Workflow w = flows.get(i % flows.size());
      histories.add(Histories.history(w, "G-" + i, START, 101L + i, 9));
    }
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          // each case has one writer (threads 0-3) and one stale writer (threads 4-7) that
          // repeats the writer's appends at the writer's versions, so one of the two fails
          for (int i = thread % 4; i < histories.size(); i += 4) {
            List<CaseEvent> h = histories.get(i);
            for (int k = 0; k < h.size(); k++) {
              try {
                store.append(h.get(k).caseId(), k, List.of(h.get(k)));
              } catch (ConcurrencyConflictException e) {
                conflicts.incrementAndGet();
                if (thread < 4) {
                  // the stale writer stored this event first: carry on
                  assertThat(store.events(h.get(k).caseId()).size()).isGreaterThan(k);
                }
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    int total = 0;
    for (List<CaseEvent> h : histories) {
      assertThat(store.events(h.get(0).caseId())).isEqualTo(h);
      total += h.size();
    }
    // every event stored once: each append was made twice, one of each pair refused
    assertThat(conflicts.get()).isEqualTo(total);
    List<StoredEvent> feed = jdbc.feed(0, 100_000);
    assertThat(feed).hasSize(total);
    Map<CaseId, Long> lastSeq = new HashMap<>();
    for (int i = 0; i < feed.size(); i++) {
      assertThat(feed.get(i).position()).isEqualTo(i + 1L);
      CaseEvent e = feed.get(i).event();
      assertThat(e.sequence()).isEqualTo(lastSeq.getOrDefault(e.caseId(), 0L) + 1);
      lastSeq.put(e.caseId(), e.sequence());
    }
  }
}
