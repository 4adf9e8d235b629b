package io.github.shiyu.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every runnable example, so none can rot, and checks what each one shows. */
class ExamplesTest {

  static String output(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validateAndMaskPersonalData() {
    String out = output(ValidateAndMaskPersonalData::run);
    assertThat(out).contains("110105********002X", "born 1949-12-31", "-> CHECK_CHARACTER",
        "rejected: resident_id.birth_date", "138****5678", "欧阳**", "110**************X",
        "form.applicantId: ", "form.phone: ");
    assertThat(out).doesNotContain("form.community");
    assertThat(out).doesNotContain("11010519491231002X", "13812345678", "欧阳娜娜", "110105194912310021", "1381234567");
  }

  @Test
  void walkDivisionCodes() {
    String out = output(WalkDivisionCodes::run);
    assertThat(out).contains("370705001001 is at level VILLAGE",
        "structural parent 370705001000 (TOWNSHIP)", "structural parent 370000000000 (PROVINCE)",
        "山东省 > 潍坊市 > 奎文区 > 东关街道 > 中学街社区居民委员会", "东关街道、大虞街道",
        "real parent of 441900003000: 441900000000", "division.length");
  }

  @Test
  void dispatchFromGridLayer() {
    String out = output(DispatchFromGridLayer::run);
    assertThat(out).contains("202 grids; layer check: clean", "the point lies in 370705",
        "dispute.labour -> 奎文区人力资源和社会保障局", "dispute.neighbour -> township 370705",
        "(fallback)", "report by 2025-06-03T02:45:00Z");
  }
}
