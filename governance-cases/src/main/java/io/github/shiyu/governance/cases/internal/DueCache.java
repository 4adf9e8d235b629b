package io.github.shiyu.governance.cases.internal;

import io.github.shiyu.governance.cases.TimeLimit;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Remembers due instants of day-unit limits by start day: every case registered on the same
 * day with the same limit has the same due instant, and working out working days on the
 * calendar is the costliest step of a decision. Direct-mapped and lock-free; a miss computes
 * and overwrites the slot. Belongs to one workflow instance (one calendar).
 */
public final class DueCache {

  private static final ZoneRules RULES = WorkCalendar.ZONE.getRules();
  private static final int SLOTS = 256;

  private record Entry(DeadlinePolicy policy, long epochDay, Instant due, boolean provisional) {}

  private final AtomicReferenceArray<Entry> entries = new AtomicReferenceArray<>(SLOTS);

  /**
   * The deadline a limit starts at an instant, from the cache for day periods.
   *
   * @param limit    the limit
   * @param now      the start
   * @param calendar the workflow's calendar
   * @return the deadline
   */
  public Deadline start(TimeLimit limit, Instant now, WorkCalendar calendar) {
    if (!(limit instanceof TimeLimit.Period period) || period.policy().unit() == PeriodUnit.HOURS) {
      return limit.start(now, calendar);
    }
    DeadlinePolicy policy = period.policy();
    long local = now.getEpochSecond() + RULES.getOffset(now).getTotalSeconds();
    long day = Math.floorDiv(local, 86_400L);
    int slot = (int) ((day * 31 + policy.hashCode()) & (SLOTS - 1));
    Entry e = entries.get(slot);
    if (e == null || e.epochDay != day || !e.policy.equals(policy)) {
      Deadline computed = Deadline.start(now, policy, calendar);
      e = new Entry(policy, day, computed.due(), computed.isProvisional());
      entries.set(slot, e);
    }
    Deadline d = Deadline.of(now, e.due, policy.unit());
    return e.provisional ? d.asProvisional() : d;
  }
}
