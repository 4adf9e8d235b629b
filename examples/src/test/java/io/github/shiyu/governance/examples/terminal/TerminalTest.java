package io.github.shiyu.governance.examples.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void tableAlignsChineseByDisplayWidthAndNumbersRight() {
    String text = TextTable.withHeader("township", "cases", "rate")
        .row("东关街道", "1,204", "93.10%")
        .row("Xincheng", "17", "—")
        .render();
    assertThat(text).isEqualTo(
        "township  cases    rate\n"
            + "--------  -----  ------\n"
            + "东关街道  1,204  93.10%\n"
            + "Xincheng     17       —\n");
  }

  @Test
  void progressBarRedrawsOnlyWhenThePercentageChanges() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ProgressBar bar = new ProgressBar(out, "Simulating", 1000);
    for (int i = 1; i <= 1000; i++) {
      bar.advanceTo(i);
    }
    assertThat(bar.render()).contains("[" + "#".repeat(30) + "]", "100%", "1,000/1,000");
    bar.finish();
    String drawn = bytes.toString(StandardCharsets.UTF_8);
    assertThat(drawn.chars().filter(c -> c == '\r').count()).isEqualTo(102);
    assertThat(drawn).endsWith(System.lineSeparator());
  }
}
