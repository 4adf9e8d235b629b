package io.github.shiyu.governance.core.grid;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionLevel;
import java.util.Objects;

/**
 * A grid code (网格编码): the 12-digit code of the village or community the grid lies in,
 * followed by a 3-digit grid sequence number (1-999), 15 digits in all.
 *
 * <p>This is also Beijing's unit-grid form (DB11/T 2157: 6 district + 3 street + 3
 * community + 3 grid), since the 6 + 3 + 3 digits are the community's statistical code.
 * Every grid belongs to exactly one village or community. {@link #toString()} returns
 * {@link #value()}, the canonical form used in JSON; other forms are {@link GridCodeScheme}s.
 *
 * <pre>{@code
 * GridCode grid = GridCode.of(DivisionCode.parse("110101001001"), 3);
 * grid.value();                         // "110101001001003"
 * GridCode.parse("110101001001003");    // equal to grid
 * grid.community().parent();            // Optional[110101001000], the sub-district
 * }</pre>
 */
public final class GridCode implements Comparable<GridCode> {

  /** The largest grid sequence number. */
  public static final int MAX_SEQUENCE = 999;

  private final DivisionCode community;
  private final int sequence;

  private GridCode(DivisionCode community, int sequence) {
    this.community = community;
    this.sequence = sequence;
  }

  /**
   * A grid of a community.
   *
   * @param community the village or community, a {@code VILLAGE}-level code
   * @param sequence  the grid's number inside the community, 1 to 999
   * @return the code
   * @throws InvalidValueException {@link GridErrors#COMMUNITY} if the division is not at
   *     village level, {@link GridErrors#SEQUENCE} for a number out of range
   */
  public static GridCode of(DivisionCode community, int sequence) {
    Objects.requireNonNull(community, "community");
    if (community.level() != DivisionLevel.VILLAGE) {
      throw new InvalidValueException(GridErrors.COMMUNITY, community, community.level());
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new InvalidValueException(GridErrors.SEQUENCE, MAX_SEQUENCE, sequence);
    }
    return new GridCode(community, sequence);
  }

  /**
   * Parses the 15-digit form.
   *
   * @param text 15 ASCII digits
   * @return the code
   * @throws InvalidValueException {@link GridErrors#LENGTH}, {@link GridErrors#CHARACTER}
   *     (with its 1-based position), a {@code division.*} error for the community part,
   *     {@link GridErrors#COMMUNITY} or {@link GridErrors#SEQUENCE}
   */
  public static GridCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Digits.check(text, 15, "15-digit");
    DivisionCode community = DivisionCode.parse(text.subSequence(0, 12));
    return of(community, Integer.parseInt(text.subSequence(12, 15).toString()));
  }

  /**
   * The village or community the grid lies in.
   *
   * @return a {@code VILLAGE}-level code
   */
  public DivisionCode community() {
    return community;
  }

  /**
   * The grid's number inside its community.
   *
   * @return 1 to 999
   */
  public int sequence() {
    return sequence;
  }

  /**
   * The canonical 15-digit form.
   *
   * @return fifteen digits
   */
  public String value() {
    return community.value() + Digits.pad(sequence, 3);
  }

  /**
   * Orders by community, then by sequence number.
   *
   * @param other the code compared with
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(GridCode other) {
    int byCommunity = community.compareTo(other.community);
    return byCommunity != 0 ? byCommunity : Integer.compare(sequence, other.sequence);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridCode other
        && other.sequence == sequence && other.community.equals(community);
  }

  @Override
  public int hashCode() {
    return community.hashCode() * 31 + sequence;
  }

  /**
   * The canonical 15-digit form, as {@link #value()}.
   *
   * @return fifteen digits
   */
  @Override
  public String toString() {
    return value();
  }
}
