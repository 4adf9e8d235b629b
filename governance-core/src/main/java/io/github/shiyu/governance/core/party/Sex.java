package io.github.shiyu.governance.core.party;

/**
 * A person's sex as recorded in the resident ID number (性别): the parity of the 17th
 * character, odd for male and even for female (GB 11643).
 *
 * <pre>{@code
 * Sex sex = ResidentId.parse("11010519491231002X").sex();   // FEMALE
 * }</pre>
 */
public enum Sex {
  /** 男: the sequence number is odd. */
  MALE,
  /** 女: the sequence number is even. */
  FEMALE
}
