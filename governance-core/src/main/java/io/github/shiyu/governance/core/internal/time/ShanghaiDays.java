package io.github.shiyu.governance.core.internal.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Day arithmetic in Asia/Shanghai without the zone-rule lookups and intermediate objects of
 * {@code ZonedDateTime}: after the zone's last offset change (1991) the offset is fixed, so a
 * day boundary is plain arithmetic. Earlier instants, or a tz database with a future change,
 * fall back to the zone rules.
 */
public final class ShanghaiDays {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final long DAY = 86_400L;
  /** Instants from here on have the fixed offset; Long.MAX_VALUE disables the fast path. */
  private static final long FIXED_FROM;
  private static final long FIXED_FROM_DAY;
  private static final int OFFSET;

  static {
    ZoneRules rules = ZONE.getRules();
    List<ZoneOffsetTransition> transitions = rules.getTransitions();
    if (rules.getTransitionRules().isEmpty()) {
      Instant from =
          transitions.isEmpty() ? Instant.EPOCH : transitions.get(transitions.size() - 1).getInstant();
      ZoneOffset offset = rules.getOffset(from);
      // start at the first whole day after the last change
      long day = Math.floorDiv(from.getEpochSecond() + offset.getTotalSeconds(), DAY) + 2;
      FIXED_FROM_DAY = day;
      FIXED_FROM = day * DAY - offset.getTotalSeconds();
      OFFSET = offset.getTotalSeconds();
    } else {
      FIXED_FROM_DAY = Long.MAX_VALUE;
      FIXED_FROM = Long.MAX_VALUE;
      OFFSET = 0;
    }
  }

  private ShanghaiDays() {}

  /**
   * The Asia/Shanghai date of an instant.
   *
   * @param at the instant
   * @return its date
   */
  public static LocalDate dateOf(Instant at) {
    long s = at.getEpochSecond();
    if (s >= FIXED_FROM) {
      return LocalDate.ofEpochDay(Math.floorDiv(s + OFFSET, DAY));
    }
    return LocalDate.ofInstant(at, ZONE);
  }

  /**
   * 00:00 Asia/Shanghai of a date.
   *
   * @param day the date
   * @return the instant the day starts
   */
  public static Instant startOf(LocalDate day) {
    long epochDay = day.toEpochDay();
    if (epochDay >= FIXED_FROM_DAY) {
      return Instant.ofEpochSecond(epochDay * DAY - OFFSET);
    }
    return day.atStartOfDay(ZONE).toInstant();
  }
}
