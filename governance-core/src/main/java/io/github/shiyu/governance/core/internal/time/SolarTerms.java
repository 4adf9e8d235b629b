package io.github.shiyu.governance.core.internal.time;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.time.TimeErrors;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Solar terms (节气) computed from a solar theory, not a table: today only 清明, the day the
 * Sun's apparent geocentric ecliptic longitude reaches 15°, which is the Qingming holiday.
 *
 * <p>The Sun's position is the low-precision theory of Meeus, <i>Astronomical Algorithms</i>
 * (2nd ed., 1998) ch. 25: mean longitude, mean anomaly, equation of centre, and the main
 * nutation and aberration terms, good to about 0.01° (15 minutes of time) over 1900–2100.
 * Dynamical time (TT) is turned into UT with the ΔT polynomials of Espenak and Meeus (2006);
 * the date is the one in UTC+8, the time of GB/T 33661-2017. A term within a quarter of an hour
 * of midnight could therefore be given a day off: over 1900–2100 that is 1943 (00:04 on
 * April 6 by this theory), 1976 (23:45 on April 4) and 2071 (00:04 on April 5), with 1910
 * (00:16) next; SolarTermsTest pins the list. The published notices' years 2019–2026 are hours
 * away from midnight.
 */
public final class SolarTerms {

  /** The first year {@link #qingming(int)} answers. */
  static final int FIRST_YEAR = 1900;

  /** The last year {@link #qingming(int)} answers. */
  static final int LAST_YEAR = 2100;

  private static final double J2000 = 2451545.0;
  private static final double DAYS_PER_CENTURY = 36525.0;
  private static final double UNIX_EPOCH_JD = 2440587.5;
  private static final double SECONDS_PER_DAY = 86_400.0;
  private static final double UTC8 = 8.0 / 24;
  /** The Sun moves about 0.9856° a day: the slope Newton's method divides by. */
  private static final double DEGREES_PER_DAY = 360.0 / 365.2422;
  private static final double QINGMING_LONGITUDE = 15.0;

  private SolarTerms() {}

  /**
   * The day of 清明 in a Gregorian year.
   *
   * @param year 1900 to 2100
   * @return the UTC+8 date on which the Sun's apparent longitude reaches 15° (April 4–6)
   * @throws InvalidValueException {@code calendar.date_range} for another year
   */
  public static LocalDate qingming(int year) {
    return LocalDate.ofEpochDay((long) Math.floor(qingmingJulianDay(year) - UNIX_EPOCH_JD + UTC8));
  }

  /**
   * The instant of 清明, for tests and messages.
   *
   * @param year 1900 to 2100
   * @return the instant (UT), good to about a quarter of an hour
   */
  static Instant qingmingInstant(int year) {
    double seconds = (qingmingJulianDay(year) - UNIX_EPOCH_JD) * SECONDS_PER_DAY;
    return Instant.ofEpochSecond(Math.round(seconds));
  }

  /** The Julian day (UT) of 清明. */
  private static double qingmingJulianDay(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidValueException(
          TimeErrors.DATE_RANGE, "清明 " + year + " (solar terms " + FIRST_YEAR + ".." + LAST_YEAR
              + ")");
    }
    double jde = solve(QINGMING_LONGITUDE, LocalDate.of(year, 4, 5).toEpochDay() + UNIX_EPOCH_JD);
    return jde - deltaTSeconds(year + 0.26) / SECONDS_PER_DAY;
  }

  /**
   * The Julian day (TT) near {@code guess} at which the Sun's apparent longitude is
   * {@code longitude}. The longitude is smooth and nearly linear in time, so Newton's method
   * with the mean rate as slope converges from a guess within days in a handful of steps.
   */
  static double solve(double longitude, double guess) {
    double jde = guess;
    for (int i = 0; i < 50; i++) {
      double step = wrap(longitude - apparentLongitude(jde)) / DEGREES_PER_DAY;
      jde += step;
      if (Math.abs(step) < 1e-7) {
        return jde;
      }
    }
    // Unreachable for the supported years (checked by the tests against ICU): if it happens
    // the year's holidays cannot be projected, which the caller meets as the year's data
    // being unavailable, not as a bad argument.
    throw new MissingDataException(TimeErrors.PROJECTION,
        "no convergence for solar longitude " + longitude);
  }

  /**
   * The Sun's apparent geocentric longitude, degrees in [0, 360), at a Julian day in TT: Meeus
   * (25.2)–(25.8), where −0.00569° is the aberration and −0.00478° sin Ω the main nutation term.
   */
  static double apparentLongitude(double jde) {
    double t = (jde - J2000) / DAYS_PER_CENTURY;
    double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
    double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(meanAnomaly)
        + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly)
        + 0.000289 * sin(3 * meanAnomaly);
    double node = 125.04 - 1934.136 * t;
    double apparent = meanLongitude + centre - 0.00569 - 0.00478 * sin(node);
    return ((apparent % 360) + 360) % 360;
  }

  /**
   * ΔT = TT − UT in seconds for a decimal year, the Espenak–Meeus (2006) polynomials for
   * 1900–2150 (about 1 s uncertain in the 20th century; the extrapolation after 2005 may be off
   * by a minute or more by 2100, still small against the solar theory's 15 minutes).
   */
  static double deltaTSeconds(double y) {
    if (y < 1920) {
      double t = y - 1900;
      return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t
          - 0.000197 * t * t * t * t;
    }
    if (y < 1941) {
      double t = y - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (y < 1961) {
      double t = y - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
      double t = y - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
      double t = y - 2000;
      return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
    }
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (y - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - y);
  }

  private static double wrap(double degrees) {
    double d = degrees % 360;
    if (d > 180) {
      d -= 360;
    } else if (d < -180) {
      d += 360;
    }
    return d;
  }

  private static double sin(double degrees) {
    return Math.sin(Math.toRadians(degrees));
  }
}
