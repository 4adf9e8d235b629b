package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The deadlines a case runs, one slot per clock its workflow declares; immutable. */
final class Clocks {

  final String[] names;
  private final Deadline[] deadlines;

  Clocks(String[] names, Deadline[] deadlines) {
    this.names = names;
    this.deadlines = deadlines;
  }

  static Clocks none(String[] names) {
    return new Clocks(names, new Deadline[names.length]);
  }

  Deadline get(int i) {
    return deadlines[i];
  }

  Deadline primary() {
    return deadlines.length == 0 ? null : deadlines[0];
  }

  Deadline get(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return deadlines[i];
      }
    }
    return null;
  }

  /** The clocks after a transition's actions; copies the array once, only if something changes. */
  Clocks after(Transition t, Object[] limits, Instant now, WorkCalendar calendar) {
    Deadline[] next = null;
    for (int a = 0; a < t.clockActions.length; a++) {
      int i = t.clockIndexes[a];
      Deadline current = next == null ? deadlines[i] : next[i];
      Deadline changed;
      switch (t.clockActions[a]) {
        case START -> changed = TimeLimits.start(limits[t.limitSlots[a]], now, calendar);
        case EXTEND -> changed = current == null ? null
            : TimeLimits.extend(current, limits[t.limitSlots[a]], calendar);
        case STOP -> changed = current == null || current.isStopped() ? current
            : current.stop(now);
        case RESUME -> changed = current == null || !current.isStopped() ? current
            : current.resume(now, calendar);
        default -> changed = null;
      }
      if (changed != current) {
        if (next == null) {
          next = deadlines.clone();
        }
        next[i] = changed;
      }
    }
    return next == null ? this : new Clocks(names, next);
  }

  Map<String, Deadline> asMap() {
    Map<String, Deadline> out = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      if (deadlines[i] != null) {
        out.put(names[i], deadlines[i]);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Clocks c && Arrays.equals(names, c.names)
        && Arrays.equals(deadlines, c.deadlines);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(deadlines);
  }
}
