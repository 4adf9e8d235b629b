package io.github.shiyu.governance.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Keeps an embedded H2 database from ever saving a write transaction half-way: one writing
 * transaction at a time, and no other transaction of the store ends while it runs. H2 saves
 * its whole store, the open transactions' changes included, whenever a transaction commits
 * (with {@code WRITE_DELAY 0}); after a {@code kill -9} its recovery did not always undo those
 * changes (an event row without its case row's version, a row in the table but not in its
 * index, a row no update could lock). Readers share the gate, writers hold it alone. All the
 * stores of one JVM on one H2 database share one gate; other databases have none.
 */
public final class Gate {

  private static final ConcurrentMap<String, ReentrantReadWriteLock> H2 =
      new ConcurrentHashMap<>();
  private static final Gate NONE = new Gate(null);
  private static final Held OPEN = () -> {};

  private final ReentrantReadWriteLock lock;

  private Gate(ReentrantReadWriteLock lock) {
    this.lock = lock;
  }

  /**
   * No gate: the database's own transactions suffice (PostgreSQL, MySQL, MariaDB).
   *
   * @return the open gate
   */
  public static Gate none() {
    return NONE;
  }

  /**
   * The gate of the H2 database a connection is open on, shared by every store of this JVM
   * on that database (its file, or its in-memory name).
   *
   * @param c a connection to the database
   * @return the gate
   * @throws SQLException if the database cannot say which it is
   */
  public static Gate ofH2(Connection c) throws SQLException {
    String name;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(DATABASE_PATH(), DATABASE())")) {
      r.next();
      name = r.getString(1);
    }
    return new Gate(H2.computeIfAbsent(name, k -> new ReentrantReadWriteLock(true)));
  }

  /**
   * Passes a reader: waits while a writer is inside.
   *
   * @return what closes to let the writers in again
   */
  public Held read() {
    return lock == null ? OPEN : hold(lock.readLock());
  }

  /**
   * Passes a writer alone: waits for the readers and writers inside.
   *
   * @return what closes to let the others in
   */
  public Held write() {
    return lock == null ? OPEN : hold(lock.writeLock());
  }

  private static Held hold(Lock l) {
    l.lock();
    return l::unlock;
  }

  /** A pass through the gate, given back by closing it. */
  @FunctionalInterface
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }
}
