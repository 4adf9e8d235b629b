/**
 * The work calendar and legal deadlines, all in Asia/Shanghai ({@link
 * io.github.shiyu.governance.core.time.WorkCalendar#ZONE}), never the JVM's default zone.
 *
 * <p>{@link io.github.shiyu.governance.core.time.WorkCalendar} holds China's statutory holidays
 * and 调休 days as data per year; {@link io.github.shiyu.governance.core.time.DeadlinePolicy}
 * is a time limit in calendar days, working days or hours; {@link
 * io.github.shiyu.governance.core.time.Deadline} is a running limit with extensions and clock
 * stops. The rules are recorded in {@code docs/decisions/0005-calendar-and-deadlines.md}.
 *
 * <pre>{@code
 * WorkCalendar calendar = WorkCalendar.china();
 * Deadline routing = Deadline.start(registeredAt, DeadlinePolicy.calendarDays(15), calendar);
 * routing.due();                          // 00:00 Beijing time after the last day
 * routing.isOverdue(Instant.now());
 * }</pre>
 */
package io.github.shiyu.governance.core.time;
