package io.github.shiyu.governance.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Renders a {@link CountyReport} as one self-contained HTML page: inline CSS and inline SVG
 * charts, no script, no fonts or images from the network, so it opens from a file anywhere.
 * Charts: monthly inflow and conclusions as bars with the backlog as a line; the main rates
 * by township as horizontal bars; the grid map shaded by open cases.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("report.html"), HtmlReport.render(report), UTF_8);
 * }</pre>
 */
public final class HtmlReport {

  private static final String[] RATE_COLOURS = {"#2b6cb0", "#2f855a", "#c05621", "#6b46c1", "#b83280"};
  private static final String[] MAP_SCALE = {"#fff5eb", "#fdd0a2", "#fdae6b", "#f16913", "#d94801", "#8c2d04"};
  private static final String INFLOW = "#4c78a8";
  private static final String CONCLUDED = "#54a24b";
  private static final String BACKLOG = "#e45756";

  private HtmlReport() {}

  /**
   * Renders the page.
   *
   * @param report what to show
   * @return the HTML document
   */
  public static String render(CountyReport report) {
    StringBuilder h = new StringBuilder(256 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(report.title())).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,\"Segoe UI\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;")
        .append("margin:0;background:#f7f7f5;color:#222}\n")
        .append("main{max-width:1180px;margin:0 auto;padding:24px}\n")
        .append("h1{font-size:26px;margin:8px 0 4px}h2{font-size:19px;margin:0 0 12px}\n")
        .append(".sub{color:#555;margin:0 0 20px}\n")
        .append(".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px;margin-bottom:20px}\n")
        .append(".card{background:#fff;border-radius:8px;padding:12px 14px;box-shadow:0 1px 2px rgba(0,0,0,.08)}\n")
        .append(".card .v{font-size:24px;font-weight:600}.card .l{color:#555;font-size:13px}.card .d{color:#888;font-size:12px}\n")
        .append("section{background:#fff;border-radius:8px;padding:16px 18px;margin-bottom:20px;box-shadow:0 1px 2px rgba(0,0,0,.08)}\n")
        .append("svg{display:block;max-width:100%;height:auto}svg text{font-size:12px;fill:#333}\n")
        .append("table{border-collapse:collapse;width:100%;font-size:13px}th,td{padding:5px 8px;border-bottom:1px solid #eee;text-align:right}\n")
        .append("th:first-child,td:first-child{text-align:left}th{background:#fafafa}\n")
        .append(".note{color:#666;font-size:12px;line-height:1.5}\n")
        .append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>").append(escape(report.title())).append("</h1>\n<p class=\"sub\">")
        .append(escape(report.subtitle())).append("</p>\n<div class=\"cards\">\n");
    for (CountyReport.Figure f : report.figures()) {
      h.append("<div class=\"card\"><div class=\"v\">").append(escape(f.value())).append("</div><div class=\"l\">")
          .append(escape(f.label())).append("</div>");
      if (!f.detail().isEmpty()) {
        h.append("<div class=\"d\">").append(escape(f.detail())).append("</div>");
      }
      h.append("</div>\n");
    }
    h.append("</div>\n");
    h.append("<section id=\"monthly\">\n<h2>Monthly inflow, conclusions and backlog · 每月受理、办结与存量</h2>\n");
    monthly(h, report.months());
    h.append("</section>\n<section id=\"townships\">\n<h2>Main rates by township · 各街道主要指标</h2>\n");
    townshipBars(h, report);
    townshipTable(h, report);
    h.append("</section>\n<section id=\"map\">\n<h2>Open cases by grid · 网格未办结事项分布</h2>\n");
    gridMap(h, report.grids());
    h.append("</section>\n<p class=\"note\">").append(escape(report.footnote()).replace("\n", "<br>\n"))
        .append("</p>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void monthly(StringBuilder h, List<CountyReport.MonthPoint> months) {
    int width = 1100;
    int height = 340;
    int left = 60;
    int right = 20;
    int top = 30;
    int bottom = 40;
    long max = 1;
    for (CountyReport.MonthPoint m : months) {
      max = Math.max(max, Math.max(m.inflow(), Math.max(m.concluded(), m.backlog())));
    }
    double step = niceStep(max / 5.0);
    double top100 = Math.ceil(max / step) * step;
    double plotW = width - left - right;
    double plotH = height - top - bottom;
    h.append(svgOpen(width, height, "Monthly inflow, conclusions and backlog"));
    for (double v = 0; v <= top100 + 1e-9; v += step) {
      double y = top + plotH - v / top100 * plotH;
      h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e5e5e5\"/>", left, y, width - right, y))
          .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,d</text>\n", left - 6, y + 4, (long) v));
    }
    int n = Math.max(1, months.size());
    double slot = plotW / n;
    double bar = Math.min(28, slot * 0.36);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < months.size(); i++) {
      CountyReport.MonthPoint m = months.get(i);
      double x = left + i * slot + slot / 2;
      rect(h, x - bar, top + plotH, bar, m.inflow() / top100 * plotH, INFLOW, "inflow " + m.label() + ": " + m.inflow());
      rect(h, x, top + plotH, bar, m.concluded() / top100 * plotH, CONCLUDED, "concluded " + m.label() + ": " + m.concluded());
      double y = top + plotH - m.backlog() / top100 * plotH;
      line.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, height - bottom + 18, escape(m.label())));
    }
    h.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"").append(BACKLOG).append("\" stroke-width=\"2.5\"/>\n");
    for (int i = 0; i < months.size(); i++) {
      CountyReport.MonthPoint m = months.get(i);
      double x = left + i * slot + slot / 2;
      double y = top + plotH - m.backlog() / top100 * plotH;
      h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>backlog end of %s: %d</title></circle>\n",
          x, y, BACKLOG, escape(m.label()), m.backlog()));
    }
    h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\"/>\n", left, top + plotH, width - right, top + plotH));
    legend(h, left, 14, List.of(INFLOW, CONCLUDED, BACKLOG),
        List.of("Inflow 受理", "Concluded 办结", "Backlog at month end 月末存量"));
    h.append("</svg>\n");
  }

  private static void townshipBars(StringBuilder h, CountyReport report) {
    List<CountyReport.RateSeries> rates = report.rates();
    List<CountyReport.TownshipRates> rows = report.townships();
    int labelW = 170;
    int width = 1100;
    int barH = 11;
    int rowH = Math.max(1, rates.size()) * (barH + 2) + 12;
    int top = 36;
    int height = top + rows.size() * rowH + 28;
    double plotW = width - labelW - 70;
    h.append(svgOpen(width, height, "Main rates by township"));
    for (int p = 0; p <= 100; p += 20) {
      double x = labelW + p / 100.0 * plotW;
      h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e5e5e5\"/>", x, top - 4, x, height - 24))
          .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d%%</text>\n", x, height - 8, p));
    }
    for (int r = 0; r < rows.size(); r++) {
      CountyReport.TownshipRates t = rows.get(r);
      int y0 = top + r * rowH;
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", labelW - 10,
          y0 + rowH / 2, escape(t.name())));
      for (int k = 0; k < rates.size(); k++) {
        OptionalDouble v = t.values().get(k);
        int y = y0 + k * (barH + 2);
        String colour = RATE_COLOURS[k % RATE_COLOURS.length];
        if (v.isPresent()) {
          double w = Math.max(0, Math.min(1, v.getAsDouble())) * plotW;
          h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s: %s</title></rect>",
              labelW, y, w, barH, colour, escape(t.name()), escape(rates.get(k).label()), percent(v)))
              .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>\n", labelW + w + 4, y + barH - 1, percent(v)));
        } else {
          h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#888\">undefined (no denominator)</text>\n",
              labelW + 4, y + barH - 1));
        }
      }
    }
    List<String> colours = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < rates.size(); k++) {
      colours.add(RATE_COLOURS[k % RATE_COLOURS.length]);
      labels.add(rates.get(k).label());
    }
    legend(h, labelW, 16, colours, labels);
    h.append("</svg>\n");
  }

  private static void townshipTable(StringBuilder h, CountyReport report) {
    h.append("<table>\n<thead><tr><th>Township 街道</th><th>Cases 事项</th>");
    for (CountyReport.RateSeries r : report.rates()) {
      h.append("<th>").append(escape(r.label())).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (CountyReport.TownshipRates t : report.townships()) {
      h.append("<tr><td>").append(escape(t.name())).append(" <small>").append(escape(t.code())).append("</small></td><td>")
          .append(String.format(Locale.ROOT, "%,d", t.cases())).append("</td>");
      for (OptionalDouble v : t.values()) {
        h.append("<td>").append(percent(v)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void gridMap(StringBuilder h, List<CountyReport.GridArea> grids) {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    long maxOpen = 0;
    for (CountyReport.GridArea g : grids) {
      maxOpen = Math.max(maxOpen, g.openCases());
      for (double[] ring : g.rings()) {
        for (int i = 0; i + 1 < ring.length; i += 2) {
          minX = Math.min(minX, ring[i]);
          maxX = Math.max(maxX, ring[i]);
          minY = Math.min(minY, ring[i + 1]);
          maxY = Math.max(maxY, ring[i + 1]);
        }
      }
    }
    int width = 1100;
    int mapW = 860;
    if (grids.isEmpty()) {
      h.append("<p>No grids.</p>\n");
      return;
    }
    // Equirectangular with the longitude scaled by cos(latitude): true shape at county scale.
    double kx = Math.cos(Math.toRadians((minY + maxY) / 2));
    double scale = (mapW - 20) / Math.max(1e-9, (maxX - minX) * kx);
    int height = (int) Math.ceil((maxY - minY) * scale) + 40;
    h.append(svgOpen(width, height, "Open cases by grid"));
    Map<String, double[]> labelSums = new LinkedHashMap<>();
    for (CountyReport.GridArea g : grids) {
      StringBuilder d = new StringBuilder();
      double cx = 0;
      double cy = 0;
      int count = 0;
      for (double[] ring : g.rings()) {
        for (int i = 0; i + 1 < ring.length; i += 2) {
          double x = 10 + (ring[i] - minX) * kx * scale;
          double y = 20 + (maxY - ring[i + 1]) * scale;
          d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
          if (ring == g.rings().get(0)) {
            cx += x;
            cy += y;
            count++;
          }
        }
        d.append('Z');
      }
      double[] sum = labelSums.computeIfAbsent(g.township(), k -> new double[3]);
      sum[0] += cx;
      sum[1] += cy;
      sum[2] += count;
      h.append("<path d=\"").append(d).append("\" fill=\"").append(MAP_SCALE[shade(g.openCases(), maxOpen)])
          .append("\" fill-rule=\"evenodd\" stroke=\"#7a7a7a\" stroke-width=\"0.6\"><title>")
          .append(escape(g.name())).append(' ').append(escape(g.code())).append(" (").append(escape(g.township()))
          .append("): ").append(g.openCases()).append(" open</title></path>\n");
    }
    for (Map.Entry<String, double[]> e : labelSums.entrySet()) {
      double[] s = e.getValue();
      h.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\" "
              + "stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>\n",
          s[0] / s[2], s[1] / s[2], escape(e.getKey())));
    }
    int lx = mapW + 30;
    h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"34\" font-weight=\"600\">Open cases 未办结</text>\n", lx));
    for (int k = 0; k < MAP_SCALE.length; k++) {
      long lo = k == 0 ? 0 : (long) Math.floor(maxOpen * (k - 1) / (double) (MAP_SCALE.length - 1)) + 1;
      long hi = (long) Math.floor(maxOpen * k / (double) (MAP_SCALE.length - 1));
      String range = k == 0 ? "0" : lo >= hi ? Long.toString(hi) : lo + "–" + hi;
      if (k > 0 && hi < lo) {
        continue;
      }
      int y = 48 + k * 24;
      h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"22\" height=\"16\" fill=\"%s\" stroke=\"#7a7a7a\" stroke-width=\"0.6\"/>"
          + "<text x=\"%d\" y=\"%d\">%s</text>\n", lx, y, MAP_SCALE[k], lx + 30, y + 13, range));
    }
    h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#666\">%d grids, WGS-84</text>\n",
        lx, 48 + MAP_SCALE.length * 24 + 16, grids.size()));
    h.append("</svg>\n");
  }

  /** The colour class of a count: 0 has its own class, the rest split the range evenly. */
  static int shade(long open, long maxOpen) {
    if (open <= 0 || maxOpen <= 0) {
      return 0;
    }
    int classes = MAP_SCALE.length - 1;
    int k = (int) Math.ceil(open * (double) classes / maxOpen);
    return Math.max(1, Math.min(classes, k));
  }

  private static void rect(StringBuilder h, double x, double baseline, double w, double height, String fill, String title) {
    h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>\n",
        x, baseline - height, w, height, fill, escape(title)));
  }

  private static void legend(StringBuilder h, int x, int y, List<String> colours, List<String> labels) {
    int cursor = x;
    for (int i = 0; i < colours.size(); i++) {
      h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>\n",
          cursor, y - 10, colours.get(i), cursor + 17, y, escape(labels.get(i))));
      cursor += 30 + labels.get(i).length() * 9;
    }
  }

  private static String svgOpen(int width, int height, String label) {
    return String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">\n",
        width, height, width, height, escape(label));
  }

  private static double niceStep(double raw) {
    if (raw <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / magnitude;
    double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return Math.max(1, nice * magnitude);
  }

  /**
   * A rate as a percentage with two decimals, or an em dash when it is undefined.
   *
   * @param value a fraction
   * @return e.g. {@code 93.72%}
   */
  public static String percent(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f%%", value.getAsDouble() * 100) : "—";
  }

  /**
   * Escapes text for HTML and SVG.
   *
   * @param text raw text
   * @return the text with {@code & < > " '} escaped
   */
  public static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
