package io.github.shiyu.governance.examples.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the quickstart's HTML page shows: headline figures, a monthly series of inflow,
 * conclusions and backlog, the main rates by township, and the grids with their open cases.
 * It is a presentation model only: every number in it comes from the metrics report.
 *
 * <pre>{@code
 * var report = new CountyReport("奎文区 2025", "Quickstart sample county",
 *     List.of(new CountyReport.Figure("Cases registered", "12,000", "")),
 *     months, List.of(new CountyReport.RateSeries("closureRate", "办结率 closure")),
 *     townships, grids, "Rates are percentages.");
 * Files.writeString(Path.of("report.html"), HtmlReport.render(report));
 * }</pre>
 *
 * @param title     the page title
 * @param subtitle  one line under the title
 * @param figures   headline figures
 * @param months    the monthly series, in order
 * @param rates     the rates shown per township, in the order of {@link TownshipRates#values()}
 * @param townships one row per township
 * @param grids     the grid map's polygons
 * @param footnote  definitions shown under the charts
 */
public record CountyReport(String title, String subtitle, List<Figure> figures, List<MonthPoint> months,
    List<RateSeries> rates, List<TownshipRates> townships, List<GridArea> grids, String footnote) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a component is null
   */
  public CountyReport {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    figures = List.copyOf(figures);
    months = List.copyOf(months);
    rates = List.copyOf(rates);
    townships = List.copyOf(townships);
    grids = List.copyOf(grids);
    Objects.requireNonNull(footnote, "footnote");
    for (TownshipRates t : townships) {
      if (t.values().size() != rates.size()) {
        throw new IllegalArgumentException(t.name() + " has " + t.values().size() + " rates, expected " + rates.size());
      }
    }
  }

  /**
   * A headline figure.
   *
   * @param label  what it is
   * @param value  the formatted value
   * @param detail a short explanation, may be empty
   */
  public record Figure(String label, String value, String detail) {}

  /**
   * One month of the stock-and-flow series.
   *
   * @param label     the month as shown, e.g. {@code 2025-03}
   * @param inflow    cases registered in the month
   * @param concluded cases concluded in the month
   * @param backlog   cases open at the end of the month
   */
  public record MonthPoint(String label, long inflow, long concluded, long backlog) {}

  /**
   * A rate shown per township.
   *
   * @param id    the metric id
   * @param label the name shown
   */
  public record RateSeries(String id, String label) {}

  /**
   * A township's rates.
   *
   * @param code   the township's division code
   * @param name   its name
   * @param cases  cases registered there
   * @param values the rates as fractions in [0, 1], empty where undefined (no denominator)
   */
  public record TownshipRates(String code, String name, long cases, List<OptionalDouble> values) {

    /**
     * Copies the values.
     *
     * @throws NullPointerException if a component is null
     */
    public TownshipRates {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
    }
  }

  /**
   * A grid on the map.
   *
   * @param code      the grid code
   * @param name      the grid's name
   * @param township  the township's name (for the label and tooltip)
   * @param openCases cases open in the grid at the end of the period
   * @param rings     the outline: each ring flattened as lng0, lat0, lng1, lat1, ...; holes
   *                  are drawn with the even-odd rule
   */
  public record GridArea(String code, String name, String township, long openCases, List<double[]> rings) {

    /**
     * Copies the rings.
     *
     * @throws NullPointerException if a component is null
     */
    public GridArea {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(township, "township");
      rings = rings.stream().map(double[]::clone).toList();
    }
  }
}
