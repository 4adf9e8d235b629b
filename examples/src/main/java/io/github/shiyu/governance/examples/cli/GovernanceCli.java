package io.github.shiyu.governance.examples.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code governance-cli}: the integrator's batch tool for checking and converting data with
 * the SDK. Each command reads CSV with a header row from standard input and writes CSV with
 * a header row to standard output, one output row per input row in the same order, UTF-8;
 * a row that cannot be processed gets an {@code error} column ({@code "<code>: <message>"})
 * and the batch goes on. Exit status 0 when the batch ran, 2 for a usage error
 * ({@code check-layer} exits 1 when the layer has problems). Personal data is never echoed
 * unmasked.
 *
 * <pre>{@code
 * printf 'code\n429004\n4290\n' | java -jar examples/target/governance-cli.jar division
 * }</pre>
 */
public final class GovernanceCli {

  /** Exit status when the batch ran. */
  public static final int OK = 0;
  /** Exit status when the batch ran and found problems ({@code check-layer}). */
  public static final int PROBLEMS = 1;
  /** Exit status for a usage error. */
  public static final int USAGE = 2;

  private final Map<String, Command> commands = new LinkedHashMap<>();

  /**
   * Creates the tool with the given commands.
   *
   * @param commands the commands, in the order the help lists them
   */
  public GovernanceCli(List<Command> commands) {
    for (Command command : commands) {
      if (this.commands.putIfAbsent(command.name(), command) != null) {
        throw new IllegalArgumentException("two commands named " + command.name());
      }
    }
  }

  /**
   * The tool with its standard commands.
   *
   * @return the tool
   */
  public static GovernanceCli standard() {
    return new GovernanceCli(StandardCommands.all());
  }

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int status = standard().run(args, System.in, System.out, System.err);
    System.exit(status);
  }

  /**
   * Runs the tool.
   *
   * @param args the command line: a command, its options, or {@code --help}
   * @param in   standard input (UTF-8 CSV)
   * @param out  standard output (UTF-8 CSV)
   * @param err  diagnostics
   * @return the exit status
   */
  public int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    PrintStream help = new PrintStream(out, true, StandardCharsets.UTF_8);
    if (args.length == 0) {
      err.println("governance-cli: no command given");
      err.print(toolHelp());
      return USAGE;
    }
    String name = args[0];
    if (isHelp(name)) {
      help.print(toolHelp());
      return OK;
    }
    if (name.equals("help")) {
      if (args.length == 1) {
        help.print(toolHelp());
        return OK;
      }
      Command command = commands.get(args[1]);
      if (command == null) {
        err.println("governance-cli: unknown command '" + args[1] + "'");
        return USAGE;
      }
      help.print(commandHelp(command));
      return OK;
    }
    Command command = commands.get(name);
    if (command == null) {
      err.println("governance-cli: unknown command '" + name + "'; commands: " + String.join(", ", commands.keySet()));
      return USAGE;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.stream().anyMatch(GovernanceCli::isHelp)) {
      help.print(commandHelp(command));
      return OK;
    }
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    var reader = new CsvReader(new BufferedReader(new InputStreamReader(in, decoder)));
    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      Options options = Options.parse(rest, Set.copyOf(command.options()), Set.copyOf(command.repeatable()));
      int status = command.run(options, new Batch(reader, new CsvWriter(writer), err));
      writer.flush();
      return status;
    } catch (UsageException e) {
      flushQuietly(writer);
      err.println("governance-cli " + name + ": " + e.getMessage());
      err.println("Run 'governance-cli " + name + " --help' for usage.");
      return USAGE;
    } catch (CharacterCodingException e) {
      flushQuietly(writer);
      err.println("governance-cli " + name + ": the input is not valid UTF-8");
      return USAGE;
    } catch (IOException e) {
      flushQuietly(writer);
      err.println("governance-cli " + name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return USAGE;
    }
  }

  /**
   * The tool's help text.
   *
   * @return the text
   */
  public String toolHelp() {
    StringBuilder s = new StringBuilder();
    s.append("Usage: java -jar governance-cli.jar <command> [options] < in.csv > out.csv\n\n")
        .append("Checks and converts data with the Shiyu SDK. Each command reads CSV with a header\n")
        .append("row from standard input and writes CSV with a header row to standard output: one\n")
        .append("output row per input row, in the same order, UTF-8. A row that cannot be processed\n")
        .append("gets an 'error' column (a stable code, then a short message); the batch goes on.\n")
        .append("Personal data is never echoed unmasked.\n\nCommands:\n");
    int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Command c : commands.values()) {
      s.append("  ").append(c.name()).append(" ".repeat(width - c.name().length() + 2)).append(c.summary()).append('\n');
    }
    s.append("\nRun 'governance-cli <command> --help' for a command's options and columns.\n")
        .append("Exit status: 0 when the batch ran (rows may carry errors), 1 when check-layer found\n")
        .append("problems, 2 for a usage error (unknown command or option, missing input column).\n");
    return s.toString();
  }

  private static String commandHelp(Command command) {
    return "Usage: java -jar governance-cli.jar " + command.name() + " " + command.help().strip() + "\n";
  }

  private static boolean isHelp(String argument) {
    return argument.equals("--help") || argument.equals("-h");
  }

  private static void flushQuietly(BufferedWriter writer) {
    try {
      writer.flush();
    } catch (IOException e) {
      // Standard output is gone; the status says what happened.
    }
  }
}
