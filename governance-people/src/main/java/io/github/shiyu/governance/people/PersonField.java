package io.github.shiyu.governance.people;

/** The fields of a {@link SupervisedPerson} an {@link AccessPolicy} rules on. */
public enum PersonField {
  /** The population category. */
  CATEGORY,
  /** The supervision level. */
  LEVEL,
  /** The start and end of the measure. */
  PERIOD,
  /** The unmasked name. */
  NAME,
  /** The unmasked phone number. */
  PHONE,
  /** The unmasked resident id. */
  RESIDENT_ID,
  /** The legal basis (criminal record). */
  LEGAL_BASIS
}
