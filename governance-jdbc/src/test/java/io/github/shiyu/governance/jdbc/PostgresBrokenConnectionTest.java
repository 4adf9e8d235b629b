package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.core.GovernanceException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The server kills the appending connection as the events are about to be inserted: nothing
 * of the command is stored, and the next append of the same command succeeds. With group
 * commit that is in the middle of a transaction (the case row was updated); the store alone
 * sends the command as one statement, killed as it is sent.
 */
class PostgresBrokenConnectionTest {

  @Test
  void aConnectionKilledMidTransactionLeavesNoHalfWrittenCommand() throws Exception {
    killedAsTheEventsAreInserted(true);
  }

  @Test
  void aConnectionKilledAsTheStatementIsSentLeavesNoHalfWrittenCommand() throws Exception {
    killedAsTheEventsAreInserted(false);
  }

  private static void killedAsTheEventsAreInserted(boolean grouped) throws Exception {
    DataSource db = Postgres.freshDatabase();
    AtomicBoolean kill = new AtomicBoolean();
    DataSource killing = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (dsProxy, dsMethod, dsArgs) -> {
          if (!dsMethod.getName().equals("getConnection")) {
            return dsMethod.invoke(db, dsArgs);
          }
          Connection real = db.getConnection();
          return Proxy.newProxyInstance(Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                if (method.getName().equals("prepareStatement") && kill.get()
                    && ((String) args[0]).contains("INSERT INTO shiyu_event")) {
                  terminate(db, real);
                }
                try {
                  return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
        });
    JdbcCaseStore created = JdbcCaseStore.create(killing, StandardWorkflows.all());
    created.createSchema();
    JdbcCaseStore store = grouped ? created.withGroupCommit(8) : created;
    List<CaseEvent> h = CaseStoreContract.longHistory(StandardWorkflows.all().get(0), "K-1");
    store.append(CaseId.of("K-1"), 0, h.subList(0, 2));
    kill.set(true);
    assertThatThrownBy(() -> store.append(CaseId.of("K-1"), 2, h.subList(2, 4)))
        .isInstanceOf(GovernanceException.class);
    kill.set(false);
    JdbcCaseStore fresh = JdbcCaseStore.create(db, StandardWorkflows.all());
    assertThat(fresh.events(CaseId.of("K-1"))).isEqualTo(h.subList(0, 2));
    assertThat(fresh.load(CaseId.of("K-1")).orElseThrow().version()).isEqualTo(2);
    assertThat(fresh.feed(0, 100)).hasSize(2);
    fresh.append(CaseId.of("K-1"), 2, h.subList(2, 4));
    assertThat(fresh.events(CaseId.of("K-1"))).isEqualTo(h.subList(0, 4));
    assertThat(fresh.feed(0, 100)).extracting(StoredEvent::position)
        .containsExactly(1L, 2L, 3L, 4L);
  }

  private static void terminate(DataSource db, Connection victim) throws Exception {
    int pid;
    try (Statement s = victim.createStatement();
        ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
      r.next();
      pid = r.getInt(1);
    }
    try (Connection other = db.getConnection(); Statement s = other.createStatement()) {
      s.execute("SELECT pg_terminate_backend(" + pid + ")");
    }
  }
}
