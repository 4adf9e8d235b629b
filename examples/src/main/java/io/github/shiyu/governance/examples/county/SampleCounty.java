package io.github.shiyu.governance.examples.county;

import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The quickstart's sample county, Kuiwen District (奎文区) of Weifang, Shandong: its
 * sub-districts and communities (NBS 2023 statistical codes, shipped with the examples) on
 * top of core's embedded county-level directory, and its grid layer, grid teams and routing
 * table as resources.
 *
 * <pre>{@code
 * DivisionDirectory directory = SampleCounty.directory();
 * directory.children(SampleCounty.COUNTY);   // the 10 sub-districts (街道)
 * }</pre>
 */
public final class SampleCounty {

  /** Kuiwen District's code. */
  public static final DivisionCode COUNTY = DivisionCode.parse("370705");

  /** The directory version of the shipped townships and communities. */
  public static final String VERSION = "nbs-2023+kuiwen";

  private static final String DIVISIONS = "divisions.csv";

  private SampleCounty() {}

  /**
   * The county's townships and communities as shipped ({@code code,name}).
   *
   * @return the rows, townships and villages/communities
   */
  public static List<Division> divisions() {
    try (Reader in = resource(DIVISIONS)) {
      return DivisionDirectory.read(in, VERSION).stream().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Core's embedded directory (provinces, cities, counties) extended with the county's
   * townships and communities: how a vendor adds the levels it needs.
   *
   * @return the directory
   */
  public static DivisionDirectory directory() {
    return DivisionDirectory.embedded().with(divisions());
  }

  /**
   * Opens one of the county's resource files.
   *
   * @param name the file name, e.g. {@code grids.geojson}
   * @return a UTF-8 reader
   * @throws UncheckedIOException if the resource is missing
   */
  public static Reader resource(String name) {
    return new InputStreamReader(stream(name), StandardCharsets.UTF_8);
  }

  /**
   * Opens one of the county's resource files as bytes.
   *
   * @param name the file name
   * @return the stream
   * @throws UncheckedIOException if the resource is missing
   */
  public static InputStream stream(String name) {
    InputStream in = SampleCounty.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + name));
    }
    return in;
  }
}
