package io.github.shiyu.governance.examples.terminal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * A one-line progress bar redrawn in place with a carriage return:
 * {@code Simulating  [##########----------]  50%  6,000/12,000}. It redraws only when the
 * shown percentage changes, so calling {@link #advanceTo(long)} for every item is cheap.
 *
 * <pre>{@code
 * var bar = new ProgressBar(System.out, "Simulating", cases.size());
 * for (int i = 0; i < cases.size(); i++) {
 *   run(cases.get(i));
 *   bar.advanceTo(i + 1);
 * }
 * bar.finish();
 * }</pre>
 */
public final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final long total;
  private int shownPercent = -1;
  private long done;

  /**
   * Creates a bar and draws it at zero.
   *
   * @param out   the terminal
   * @param label what is progressing
   * @param total the number of steps, at least 1
   */
  public ProgressBar(PrintStream out, String label, long total) {
    this.out = Objects.requireNonNull(out, "out");
    this.label = Objects.requireNonNull(label, "label");
    if (total < 1) {
      throw new IllegalArgumentException("total must be at least 1, got " + total);
    }
    this.total = total;
    draw();
  }

  /**
   * Records progress and redraws when the percentage changed.
   *
   * @param steps the number of steps done so far, 0 to total
   */
  public void advanceTo(long steps) {
    done = Math.max(0, Math.min(total, steps));
    if (percent() != shownPercent) {
      draw();
    }
  }

  /** Draws the bar at 100% and ends the line. */
  public void finish() {
    done = total;
    draw();
    out.println();
    out.flush();
  }

  /**
   * The line as drawn now, without the carriage return.
   *
   * @return the bar's text
   */
  public String render() {
    int filled = (int) (done * WIDTH / total);
    return String.format(Locale.ROOT, "%-12s [%s%s] %3d%%  %,d/%,d", label, "#".repeat(filled),
        "-".repeat(WIDTH - filled), percent(), done, total);
  }

  private int percent() {
    return (int) (done * 100 / total);
  }

  private void draw() {
    shownPercent = percent();
    out.print('\r');
    out.print(render());
    out.flush();
  }
}
