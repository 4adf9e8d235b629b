package io.github.shiyu.governance.cases;

import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deadlines a case runs: an array with one slot per clock its workflow declares (null when
 * that clock does not run), never changed once shared; a transition that changes a clock
 * copies it once.
 */
final class Clocks {

  private Clocks() {}

  static Deadline get(String[] names, Deadline[] deadlines, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return deadlines[i];
      }
    }
    return null;
  }

  static Deadline primary(Deadline[] deadlines) {
    return deadlines.length == 0 ? null : deadlines[0];
  }

  /** The deadlines after a transition's clock actions; the same array if nothing changes. */
  static Deadline[] after(Deadline[] deadlines, Transition t, TimeLimit[] limits, Instant now,
      WorkCalendar calendar, DueCache dues) {
    Deadline[] next = null;
    for (int a = 0; a < t.clockActions.length; a++) {
      int i = t.clockIndexes[a];
      Deadline current = next == null ? deadlines[i] : next[i];
      Deadline changed;
      switch (t.clockActions[a]) {
        case START -> changed = dues.start(limits[t.limitSlots[a]], now, calendar);
        case EXTEND -> changed = current == null ? null
            : limits[t.limitSlots[a]].extend(current, calendar);
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
    return next == null ? deadlines : next;
  }

  static Map<String, Deadline> asMap(String[] names, Deadline[] deadlines) {
    Map<String, Deadline> out = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      if (deadlines[i] != null) {
        out.put(names[i], deadlines[i]);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  static boolean equal(Deadline[] a, Deadline[] b) {
    return a == b || Arrays.equals(a, b);
  }
}
