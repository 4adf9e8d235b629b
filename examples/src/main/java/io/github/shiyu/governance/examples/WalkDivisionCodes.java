package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.division.Division;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionDirectory;
import io.github.shiyu.governance.core.division.DivisionLevel;
import io.github.shiyu.governance.examples.county.SampleCounty;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parse and walk division codes: the structural parent of a 12-digit code, the real
 * ancestors and children from a directory, and how a vendor adds its townships and
 * communities to core's county-level table.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am -DskipTests package exec:exec \
 *   -Dquickstart.main=io.github.shiyu.governance.examples/io.github.shiyu.governance.examples.WalkDivisionCodes
 * }</pre>
 */
public final class WalkDivisionCodes {

  private WalkDivisionCodes() {}

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    DivisionCode community = DivisionCode.parse("370705001001");
    out.println(community + " is at level " + community.level() + ", a " + community.villageKind().orElseThrow());
    // Structural parents: truncate and zero-pad, no table needed.
    for (DivisionCode c = community; c.parent().isPresent(); ) {
      c = c.parent().get();
      out.println("  structural parent " + c + " (" + c.level() + ")");
    }
    out.println("county of it: " + community.ancestorAt(DivisionLevel.COUNTY).shortValue());

    // Names need a table: core ships NBS 2023 down to county level; the vendor adds the rest.
    DivisionDirectory directory = SampleCounty.directory();
    out.println("directory " + directory.version() + " with " + directory.size() + " divisions");
    // ancestorsOf lists the nearest first; a path reads from the top.
    List<Division> path = new ArrayList<>(directory.ancestorsOf(community));
    Collections.reverse(path);
    path.add(directory.require(community));
    out.println("path: " + path.stream().map(Division::name).collect(Collectors.joining(" > ")));
    out.println("sub-districts of " + directory.require(SampleCounty.COUNTY).name() + ": "
        + directory.children(SampleCounty.COUNTY).stream().map(Division::name).collect(Collectors.joining("、")));

    // A trap: Dongguan is a city without counties; its towns hang directly from it.
    DivisionCode dongguanTown = DivisionCode.parse("441900003000");
    out.println("real parent of " + dongguanTown + ": "
        + directory.parentOf(dongguanTown).map(d -> d.code() + " " + d.name()).orElse("none"));

    try {
      DivisionCode.parse("42900");
    } catch (InvalidValueException e) {
      out.println("rejected: " + e.getMessage());
    }
  }
}
