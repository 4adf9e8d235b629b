package io.github.shiyu.governance.jdbc;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The writer process of {@link H2KillTest}: several threads append the generated histories of
 * their cases, event by event, into an H2 file until the process is killed. Run again on the
 * same file, each thread continues its cases from the versions the store holds.
 */
public final class H2CrashWriter {

  static final int CASES_PER_THREAD = 40;

  private H2CrashWriter() {}

  /**
   * Appends until killed.
   *
   * @param args the JDBC URL and the number of threads
   * @throws Exception if the store fails (the parent sees the exit status)
   */
  @SuppressWarnings("try") // the keeper connection is held, not used
  public static void main(String[] args) throws Exception {
    UrlDataSource database = new UrlDataSource(args[0]);
    int threads = Integer.parseInt(args[1]);
    // held open: an embedded H2 database is closed whenever its last connection closes
    try (Connection keeper = database.getConnection()) {
      JdbcCaseStore store = JdbcCaseStore.create(database, StandardWorkflows.all());
      store.createSchema();
      List<Thread> writers = new ArrayList<>();
      CountDownLatch first = new CountDownLatch(1);
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Thread writer = new Thread(() -> write(store, thread, first));
        writer.start();
        writers.add(writer);
      }
      // ready once an append has committed: the parent's kill then falls while writing, not
      // while a cold JVM reads its cases (on a loaded machine that took whole kill windows)
      first.await();
      System.out.println("ready");
      System.out.flush();
      for (Thread writer : writers) {
        writer.join();
      }
    }
  }

  private static void write(JdbcCaseStore store, int thread, CountDownLatch first) {
    try {
      List<List<CaseEvent>> histories = new ArrayList<>();
      int[] versions = new int[CASES_PER_THREAD];
      for (int k = 0; k < CASES_PER_THREAD; k++) {
        histories.add(history(id(thread, k)));
        versions[k] = store.events(CaseId.of(id(thread, k))).size();
      }
      boolean done = true;
      for (int k = 0; k < CASES_PER_THREAD; k++) {
        done &= versions[k] == histories.get(k).size();
      }
      if (done) {
        first.countDown();   // nothing left to append: do not keep the parent waiting
      }
      for (int k = 0; ; k = (k + 1) % CASES_PER_THREAD) {
        List<CaseEvent> history = histories.get(k);
        if (versions[k] < history.size()) {
          store.append(CaseId.of(id(thread, k)), versions[k],
              List.of(history.get(versions[k])));
          versions[k]++;
          first.countDown();
        }
      }
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(3);
    }
  }

  static String id(int thread, int k) {
    return "K" + thread + "-" + k;
  }

  /** A case's whole history, the same in every process. */
  static List<CaseEvent> history(String id) {
    List<Workflow> all = StandardWorkflows.all();
    int n = Math.abs(id.hashCode());
    return Histories.history(all.get(n % all.size()), id, CaseStoreContract.START, n, 40);
  }
}
