package io.github.shiyu.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tool's shared contract, driven through a test command. */
class GovernanceCliFrameworkTest {

  /** Upper-cases a column; a row whose text is "boom" fails with an unexpected exception. */
  static final class Shout implements Command {
    @Override
    public String name() {
      return "shout";
    }

    @Override
    public String summary() {
      return "upper-cases text";
    }

    @Override
    public String help() {
      return "[--suffix S]\nin: text\nout: text,error";
    }

    @Override
    public Set<String> options() {
      return Set.of("suffix");
    }

    @Override
    public int run(Options options, Batch batch) throws UsageException, IOException {
      String suffix = options.get("suffix").orElse("");
      batch.mapRows(List.of("text"), List.of("text"), row -> {
        String text = row.require("text");
        if (text.equals("boom")) {
          throw new IllegalStateException("secret 110101199003074514");
        }
        return List.of(text.toUpperCase(Locale.ROOT) + suffix);
      });
      return 0;
    }
  }

  record Result(int status, String out, String err) {}

  static Result run(GovernanceCli cli, String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = cli.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private final GovernanceCli cli = new GovernanceCli(List.of(new Shout()));

  @Test
  void oneOutputRowPerInputRowInOrderWithAnErrorColumn() {
    Result r = run(cli, "id,TEXT\n1,a\n2,\n3,\"b,c\"\n4,boom\n5,中文\n", "shout", "--suffix", "!");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("text,error\r\nA!,\r\n,cli.missing_value: text is empty\r\n\"B,C!\",\r\n"
        + "boom,cli.internal: IllegalStateException on row 4\r\n中文!,\r\n");
    assertThat(r.out()).doesNotContain("110101199003074514");
  }

  @Test
  void aMalformedRowGetsAnErrorAndTheBatchGoesOn() {
    Result r = run(cli, "text\nok\n\"never closed\n", "shout");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("text,error\r\nOK,\r\nnever closed,csv.syntax: unterminated quoted field at line 3\r\n");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run(cli, "text\na\n").status()).isEqualTo(2);
    assertThat(run(cli, "text\na\n", "whisper").status()).isEqualTo(2);
    assertThat(run(cli, "text\na\n", "shout", "--loud", "x").status()).isEqualTo(2);
    assertThat(run(cli, "text\na\n", "shout", "--suffix").status()).isEqualTo(2);
    assertThat(run(cli, "text\na\n", "shout", "stray").status()).isEqualTo(2);
    Result missingColumn = run(cli, "name\na\n", "shout");
    assertThat(missingColumn.status()).isEqualTo(2);
    assertThat(missingColumn.err()).contains("lacks the column(s) text");
    assertThat(run(cli, "", "shout").status()).isEqualTo(2);
  }

  @Test
  void inputThatIsNotUtf8IsAUsageError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    byte[] gbk = {'t', 'e', 'x', 't', '\n', (byte) 0xD6, (byte) 0xD0, '\n'};
    int status = cli.run(new String[] {"shout"}, new ByteArrayInputStream(gbk), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not valid UTF-8");
  }

  @Test
  void helpForTheToolAndEachCommand() {
    Result tool = run(cli, "", "--help");
    assertThat(tool.status()).isZero();
    assertThat(tool.out()).contains("shout", "upper-cases text", "Exit status");
    Result command = run(cli, "", "shout", "--help");
    assertThat(command.status()).isZero();
    assertThat(command.out()).startsWith("Usage: java -jar governance-cli.jar shout [--suffix S]");
    assertThat(run(cli, "", "help", "shout").out()).isEqualTo(command.out());
  }
}
