package io.github.shiyu.governance.core;

/**
 * Reference data that an answer needs is not loaded: a calendar year the State Council has
 * not published (or that was not loaded), a division code absent from the code table.
 * Reported instead of guessed, so that no deadline or roll-up is silently wrong.
 *
 * <pre>{@code
 * WorkCalendar.china().isWorkingDay(LocalDate.of(2031, 5, 1));
 * // MissingDataException: calendar.year_missing: no holiday data for 2031 ...
 * }</pre>
 */
public class MissingDataException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code      what is missing
   * @param arguments the template's arguments
   */
  public MissingDataException(ErrorCode code, Object... arguments) {
    super(code, arguments);
  }
}
