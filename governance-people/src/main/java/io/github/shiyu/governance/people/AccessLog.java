package io.github.shiyu.governance.people;

import io.github.shiyu.governance.people.internal.InMemoryAccessLog;
import java.util.List;

/**
 * Where an {@link AccessPolicy} records every read of an unmasked field, granted or denied
 * (who, whom, what, why, when). The in-memory log is the default; a vendor keeps the log in its
 * own audit store by implementing this interface (PIPL requires the record to outlive the
 * process). Implementations must be thread-safe.
 *
 * <pre>{@code
 * AccessLog log = AccessLog.inMemory();
 * AccessPolicy access = AccessPolicy.standard(log);
 * log.entries();   // every read, oldest first
 * }</pre>
 */
public interface AccessLog {

  /**
   * Records one read.
   *
   * @param entry the read
   */
  void append(AccessPolicy.AccessEntry entry);

  /**
   * The reads recorded, oldest first.
   *
   * @return the entries
   */
  List<AccessPolicy.AccessEntry> entries();

  /**
   * An empty, thread-safe log in memory.
   *
   * @return the log
   */
  static AccessLog inMemory() {
    return new InMemoryAccessLog();
  }
}
