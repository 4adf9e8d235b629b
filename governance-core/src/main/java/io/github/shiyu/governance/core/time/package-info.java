/**
 * The work calendar and legal deadlines: WorkCalendar, Deadline and DeadlinePolicy, all in Asia/Shanghai.
 */
package io.github.shiyu.governance.core.time;
