package io.github.shiyu.governance.core.division;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A versioned code table of divisions (区划代码表): lookups by code and name, children, and
 * the real parent of a division.
 *
 * <p>Codes change every year, so a directory is data with a {@linkplain #version() version},
 * never an enum. {@link #embedded()} is the National Bureau of Statistics' 2023 statistical
 * table (统计用区划代码, as of 2023-06-30) down to county level, development zones
 * ({@code 130171} ...) included. A vendor adds its townships and villages with
 * {@link #with(Collection)} or loads its own table with {@link #read(Reader, String)}.
 *
 * <p>The <em>real parent</em> skips the placeholder levels that statistical tables keep for
 * the code structure ({@link Division#isPlaceholder()}): the parent of 东城区
 * {@code 110101} is 北京市 {@code 110000}, not 市辖区 {@code 110100}; the parent of 仙桃市
 * {@code 429004} is 湖北省 {@code 420000}, not 省直辖县级行政区划 {@code 429000}. Townships
 * of a city without counties (东莞 {@code 441900}) hang directly from the city.
 *
 * <pre>{@code
 * DivisionDirectory table = DivisionDirectory.embedded();
 * table.find(DivisionCode.parse("429004"));       // Optional[仙桃市]
 * table.parentOf(DivisionCode.parse("429004"));   // Optional[湖北省]
 * table.findByName("朝阳区");                      // Beijing's and Changchun's
 * DivisionDirectory mine = table.with(List.of(
 *     Division.of(DivisionCode.parse("441900003000"), "东城街道")));
 * mine.parentOf(DivisionCode.parse("441900003000"));   // Optional[东莞市]
 * }</pre>
 */
public final class DivisionDirectory {

  private static final String EMBEDDED_RESOURCE = "nbs-2023.csv";
  private static final String EMBEDDED_VERSION = "nbs-2023";

  private final String version;
  private final NavigableMap<DivisionCode, Division> byCode;
  private final Map<String, List<Division>> byName;
  private final Map<DivisionCode, List<Division>> children;

  private DivisionDirectory(String version, NavigableMap<DivisionCode, Division> byCode) {
    this.version = version;
    this.byCode = Collections.unmodifiableNavigableMap(byCode);
    Map<String, List<Division>> names = new HashMap<>();
    Map<DivisionCode, List<Division>> kids = new HashMap<>();
    for (Division division : byCode.values()) {
      names.computeIfAbsent(division.name(), k -> new ArrayList<>()).add(division);
      nearest(division.code(), false).ifPresent(listed -> {
        if (listed.isPlaceholder()) {
          kids.computeIfAbsent(listed.code(), k -> new ArrayList<>()).add(division);
        }
      });
      if (!division.isPlaceholder()) {
        nearest(division.code(), true).ifPresent(parent ->
            kids.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(division));
      }
    }
    names.replaceAll((k, v) -> List.copyOf(v));
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.byName = names;
    this.children = kids;
  }

  /**
   * The shipped table: NBS 统计用区划代码 2023, province, city and county levels
   * (version {@code nbs-2023}). Loaded once.
   *
   * @return the embedded directory
   */
  public static DivisionDirectory embedded() {
    return Embedded.TABLE;
  }

  private static final class Embedded {
    static final DivisionDirectory TABLE = load();

    private static DivisionDirectory load() {
      try (InputStream in = DivisionDirectory.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
        if (in == null) {
          // Not the caller's input, so not InvalidValueException: the jar lacks reference
          // data it ships (a packaging defect). MissingDataException is the type for absent
          // reference data, and its own id tells support a broken build from a missing code.
          throw new MissingDataException(DivisionErrors.EMBEDDED_MISSING, EMBEDDED_RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), EMBEDDED_VERSION);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a code table from CSV. Lines starting with {@code #} and blank lines are
   * skipped. An optional header names the columns {@code code}, {@code name} and, optionally,
   * {@code level} (other columns are ignored); without a header the columns are
   * {@code code,name[,level]}. Codes may have 6 or 12 digits; a level, if given, is a
   * {@link DivisionLevel} name and must match the code. Fields may be double-quoted.
   *
   * @param csv     the table, read to its end but not closed
   * @param version the table's version, such as {@code nbs-2023} or a vendor's date
   * @return the directory
   * @throws InvalidValueException {@link DivisionErrors#CSV_ROW} naming the line and the
   *     rule broken (bad code, blank name, wrong level, duplicate code, missing column,
   *     unclosed quote, text the reader cannot decode); a value quoted in the message has its
   *     long digit runs masked
   * @throws UncheckedIOException if the reader fails
   */
  public static DivisionDirectory read(Reader csv, String version) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(version, "version");
    try {
      return new DivisionDirectory(version, DivisionCsv.read(csv, version));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A directory of the given divisions.
   *
   * @param version   the table's version
   * @param divisions the rows, codes unique
   * @return the directory
   * @throws InvalidValueException {@link DivisionErrors#DUPLICATE} for a repeated code
   */
  public static DivisionDirectory of(String version, Collection<Division> divisions) {
    Objects.requireNonNull(version, "version");
    NavigableMap<DivisionCode, Division> map = new TreeMap<>();
    for (Division division : divisions) {
      if (map.putIfAbsent(division.code(), division) != null) {
        throw new InvalidValueException(DivisionErrors.DUPLICATE, division.code());
      }
    }
    return new DivisionDirectory(version, map);
  }

  /**
   * A directory with more rows, such as a vendor's townships and villages; a row whose code
   * is already present replaces the old row (a renamed division). The version stays.
   *
   * @param added the rows to add or replace
   * @return a new directory; this one is unchanged
   */
  public DivisionDirectory with(Collection<Division> added) {
    NavigableMap<DivisionCode, Division> map = new TreeMap<>(byCode);
    for (Division division : added) {
      map.put(Objects.requireNonNull(division, "division").code(), division);
    }
    return new DivisionDirectory(version, map);
  }

  /**
   * The table's version, such as {@code nbs-2023}.
   *
   * @return the version given when the table was made
   */
  public String version() {
    return version;
  }

  /**
   * How many divisions the table holds.
   *
   * @return the number of rows
   */
  public int size() {
    return byCode.size();
  }

  /**
   * Looks a division up.
   *
   * @param code the code
   * @return the division, or empty if the table has no such row
   */
  public Optional<Division> find(DivisionCode code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Looks up a division that must be in the table.
   *
   * @param code the code
   * @return the division
   * @throws MissingDataException {@link DivisionErrors#MISSING} if the table has no such row
   */
  public Division require(DivisionCode code) {
    return find(code).orElseThrow(() ->
        new MissingDataException(DivisionErrors.MISSING, code, version));
  }

  /**
   * The real parent: the nearest structural ancestor in the table that is not a
   * placeholder. The code itself need not be in the table, so a vendor's village rolls up
   * to its county even when only the county table is loaded.
   *
   * @param code the code whose parent is wanted
   * @return the parent, or empty for a province or when no ancestor is in the table
   */
  public Optional<Division> parentOf(DivisionCode code) {
    return nearest(Objects.requireNonNull(code, "code"), true);
  }

  /**
   * All real ancestors, nearest first, placeholders skipped.
   *
   * @param code the code whose ancestors are wanted
   * @return the parent, its parent, ... up to the province
   */
  public List<Division> ancestorsOf(DivisionCode code) {
    List<Division> out = new ArrayList<>();
    Optional<Division> next = parentOf(code);
    while (next.isPresent()) {
      out.add(next.get());
      next = parentOf(next.get().code());
    }
    return List.copyOf(out);
  }

  private Optional<Division> nearest(DivisionCode code, boolean skipPlaceholders) {
    Optional<DivisionCode> up = code.parent();
    while (up.isPresent()) {
      Division found = byCode.get(up.get());
      if (found != null && !(skipPlaceholders && found.isPlaceholder())) {
        return Optional.of(found);
      }
      up = up.get().parent();
    }
    return Optional.empty();
  }

  /**
   * The divisions whose real parent is the given one, by code. A province's children
   * skip its placeholder (北京市 lists 东城区 ..., Hubei lists its cities and 仙桃市 ...); a
   * placeholder lists the rows directly under it. Nothing is invented: a city without
   * counties (东莞) has no children until its townships are added.
   *
   * @param code the parent's code
   * @return the children in code order, empty if there are none
   */
  public List<Division> children(DivisionCode code) {
    return children.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
  }

  /**
   * All divisions with exactly this name, in code order. Names repeat across provinces
   * (朝阳区 is in Beijing and in Changchun), so this is a list.
   *
   * @param name the name as the table writes it, such as {@code 朝阳区}
   * @return the matching divisions, empty if none
   */
  public List<Division> findByName(String name) {
    return byName.getOrDefault(Objects.requireNonNull(name, "name").strip(), List.of());
  }

  /**
   * Every division in code order (each before its descendants).
   *
   * @return the rows
   */
  public Stream<Division> stream() {
    return byCode.values().stream();
  }

  /**
   * The version and size, such as {@code DivisionDirectory[nbs-2023, 3348 divisions]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "DivisionDirectory[" + version + ", " + byCode.size() + " divisions]";
  }
}
