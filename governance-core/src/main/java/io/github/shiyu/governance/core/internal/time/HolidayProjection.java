package io.github.shiyu.governance.core.internal.time;

import java.io.StringReader;

/** Temporary stub: replaced by the lunar branch. */
public final class HolidayProjection {
  public static final int FIRST_YEAR = 1901;
  public static final int LAST_YEAR = 2100;

  private HolidayProjection() {}

  public static CalendarData year(int year) {
    String text = "notice " + year + " provisional\n"
        + "rest " + year + "-01-01.." + year + "-01-01 NEW_YEAR statutory=" + year + "-01-01\n"
        + "rest " + year + "-05-01.." + year + "-05-02 LABOUR_DAY statutory=" + year + "-05-01,"
        + year + "-05-02\n"
        + "rest " + year + "-10-01.." + year + "-10-03 NATIONAL_DAY statutory=" + year + "-10-01,"
        + year + "-10-02," + year + "-10-03\n";
    return CalendarData.parse(new StringReader(text), "projection " + year);
  }
}
