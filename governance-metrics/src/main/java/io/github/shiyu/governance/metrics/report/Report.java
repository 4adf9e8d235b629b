package io.github.shiyu.governance.metrics.report;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shiyu.governance.metrics.Change;
import io.github.shiyu.governance.metrics.Measure;
import io.github.shiyu.governance.metrics.Metric;
import io.github.shiyu.governance.metrics.MetricValue;
import io.github.shiyu.governance.metrics.internal.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable report: rows ordered by slice, each with counts, metric values and the
 * requested comparisons. Written as JSON (through Jackson) or CSV.
 *
 * <p>JSON: {@code {"metrics":[...], "dimensions":[...], "periods":{...} | "window":{...},
 * "rows":[{"division":"150502000000", "category":"dispute", "period":"2022-03",
 * "counts":{"registered":12, ...}, "values":{"resolutionRate":{"value":91.67,
 * "defined":true, "numerator":11, "denominator":12, "yearOverYear":-2.5}}}]}}. An undefined
 * value is {@code "value":null, "defined":false}; never 0, never NaN. Changes are percent
 * with two decimals, null when undefined.
 *
 * <p>CSV: one header line, then one line per row: the dimension columns, {@code period},
 * one column per count, then per metric {@code <id>}, {@code <id>_numerator},
 * {@code <id>_denominator} and, when requested, {@code <id>_yoy} and {@code <id>_pop}. An
 * undefined value or change is an empty cell.
 *
 * <pre>{@code
 * Report report = spec.accumulate(table).report();
 * String json = new ObjectMapper().writeValueAsString(report);   // same as report.toJson()
 * String csv = report.toCsv();
 * }</pre>
 */
public final class Report {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final int CHANGE_DIGITS = 2;

  private final ReportSpec spec;
  private final List<Measure> countColumns;
  private final List<ReportRow> rows;

  Report(ReportSpec spec, List<Measure> countColumns, List<ReportRow> rows) {
    this.spec = spec;
    this.countColumns = List.copyOf(countColumns);
    this.rows = List.copyOf(rows);
  }

  /**
   * The specification computed.
   *
   * @return the spec
   */
  public ReportSpec spec() {
    return spec;
  }

  /**
   * The rows, ordered by slice (division, grid, category, department, type, period).
   *
   * @return the rows
   */
  public List<ReportRow> rows() {
    return rows;
  }

  /**
   * The count columns every row reports, in measure order.
   *
   * @return the measures
   */
  public List<Measure> countColumns() {
    return countColumns;
  }

  /**
   * The row of a slice.
   *
   * @param slice the slice
   * @return the row, empty if no case counted in it
   */
  public Optional<ReportRow> row(Slice slice) {
    return rows.stream().filter(r -> r.slice().equals(slice)).findFirst();
  }

  /**
   * The report as a JSON tree; Jackson writes a report through this.
   *
   * @return the tree
   */
  @JsonValue
  public JsonNode toJsonTree() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ArrayNode metrics = root.putArray("metrics");
    for (Metric m : spec.metrics().metrics()) {
      metrics.addObject().put("id", m.id()).put("name", m.chineseName())
          .put("englishName", m.englishName()).put("unit", m.unit().name())
          .put("digits", m.digits());
    }
    ArrayNode dims = root.putArray("dimensions");
    spec.dimensions().forEach(d -> dims.add(d.kind().column()));
    if (spec.periods().isEmpty()) {
      root.putObject("window").put("from", spec.windowStart().toString())
          .put("to", spec.windowEnd().toString());
    } else {
      root.putObject("periods")
          .put("granularity", spec.granularity().orElseThrow().name())
          .put("first", spec.periods().get(0).label())
          .put("last", spec.periods().get(spec.periods().size() - 1).label());
    }
    ArrayNode out = root.putArray("rows");
    for (ReportRow row : rows) {
      ObjectNode r = out.addObject();
      Slice s = row.slice();
      s.division().ifPresent(v -> r.put("division", v.value()));
      s.grid().ifPresent(v -> r.put("grid", v.value()));
      s.category().ifPresent(v -> r.put("category", v));
      s.department().ifPresent(v -> r.put("department", v));
      s.type().ifPresent(v -> r.put("type", v.name()));
      s.period().ifPresent(v -> r.put("period", v.label()));
      ObjectNode counts = r.putObject("counts");
      for (Measure m : countColumns) {
        counts.put(m.column(), row.counts().get(m));
      }
      ObjectNode values = r.putObject("values");
      for (MetricValue v : row.values()) {
        ObjectNode n = values.putObject(v.metric());
        if (v.value().isPresent()) {
          n.put("value", v.value().get());
        } else {
          n.putNull("value");
        }
        n.put("defined", v.isDefined()).put("numerator", v.numerator())
            .put("denominator", v.denominator());
        putChange(n, "yearOverYear", row.yearOverYear().get(v.metric()));
        putChange(n, "periodOverPeriod", row.periodOverPeriod().get(v.metric()));
      }
    }
    return root;
  }

  private static void putChange(ObjectNode n, String field, Change change) {
    if (change == null) {
      return;
    }
    Optional<java.math.BigDecimal> pct = change.percent(CHANGE_DIGITS);
    if (pct.isPresent()) {
      n.put(field, pct.get());
    } else {
      n.putNull(field);
    }
  }

  /**
   * The report as indented JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(toJsonTree());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The report as CSV (RFC 4180, header line first, {@code \n} line ends).
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder b = new StringBuilder();
    try {
      writeCsv(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  /**
   * Writes the report as CSV.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void writeCsv(Appendable out) throws IOException {
    List<String> header = new ArrayList<>();
    spec.dimensions().forEach(d -> header.add(d.kind().column()));
    if (!spec.periods().isEmpty()) {
      header.add("period");
    }
    countColumns.forEach(m -> header.add(m.column()));
    boolean yoy = spec.comparisons().contains(Comparison.YEAR_OVER_YEAR);
    boolean pop = spec.comparisons().contains(Comparison.PERIOD_OVER_PERIOD);
    for (Metric m : spec.metrics().metrics()) {
      header.add(m.id());
      header.add(m.id() + "_numerator");
      header.add(m.id() + "_denominator");
      if (yoy) {
        header.add(m.id() + "_yoy");
      }
      if (pop) {
        header.add(m.id() + "_pop");
      }
    }
    Csv.write(out, header);
    for (ReportRow row : rows) {
      List<String> cells = new ArrayList<>();
      Slice s = row.slice();
      for (Dimension d : spec.dimensions()) {
        cells.add(switch (d.kind()) {
          case DIVISION -> s.division().map(v -> v.value()).orElse("");
          case GRID -> s.grid().map(v -> v.value()).orElse("");
          case CATEGORY -> s.category().orElse("");
          case DEPARTMENT -> s.department().orElse("");
          case TYPE -> s.type().map(Enum::name).orElse("");
        });
      }
      if (!spec.periods().isEmpty()) {
        cells.add(s.period().map(Period::label).orElse(""));
      }
      countColumns.forEach(m -> cells.add(Long.toString(row.counts().get(m))));
      for (MetricValue v : row.values()) {
        cells.add(v.value().map(x -> x.toPlainString()).orElse(""));
        cells.add(Long.toString(v.numerator()));
        cells.add(Long.toString(v.denominator()));
        if (yoy) {
          cells.add(change(row.yearOverYear().get(v.metric())));
        }
        if (pop) {
          cells.add(change(row.periodOverPeriod().get(v.metric())));
        }
      }
      Csv.write(out, cells);
    }
  }

  private static String change(Change c) {
    return c == null ? "" : c.percent(CHANGE_DIGITS).map(x -> x.toPlainString()).orElse("");
  }

  /**
   * Reports are equal when they compute the same metrics over the same dimensions and
   * periods and hold equal rows.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Report r && spec.metrics().equals(r.spec.metrics())
        && spec.dimensions().equals(r.spec.dimensions())
        && spec.periods().equals(r.spec.periods()) && countColumns.equals(r.countColumns)
        && rows.equals(r.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(spec.metrics(), spec.dimensions(), rows);
  }

  @Override
  public String toString() {
    return "Report[" + rows.size() + " rows, " + spec + "]";
  }
}
