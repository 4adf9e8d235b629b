package io.github.shiyu.governance.people.internal;

import io.github.shiyu.governance.people.AccessLog;
import io.github.shiyu.governance.people.AccessPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The default access log: a synchronized list. */
public final class InMemoryAccessLog implements AccessLog {

  private final List<AccessPolicy.AccessEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(AccessPolicy.AccessEntry entry) {
    entries.add(Objects.requireNonNull(entry, "entry"));
  }

  @Override
  public synchronized List<AccessPolicy.AccessEntry> entries() {
    return List.copyOf(entries);
  }

  @Override
  public String toString() {
    return "InMemoryAccessLog[" + entries().size() + " entries]";
  }
}
