package io.github.shiyu.governance.examples.cli;

import java.io.IOException;
import java.util.Set;

/**
 * One command of the {@code governance-cli} tool.
 *
 * <pre>{@code
 * final class Echo implements Command {
 *   public String name() { return "echo"; }
 *   public String summary() { return "copies the column text"; }
 *   public String help() { return "in: text\nout: text,error"; }
 *   public Set<String> options() { return Set.of(); }
 *   public int run(Options options, Batch batch) throws UsageException, IOException {
 *     batch.mapRows(List.of("text"), List.of("text"), row -> List.of(row.get("text")));
 *     return 0;
 *   }
 * }
 * }</pre>
 */
public interface Command {

  /**
   * The name typed on the command line.
   *
   * @return the name, e.g. {@code division}
   */
  String name();

  /**
   * One line for the tool's help.
   *
   * @return the summary
   */
  String summary();

  /**
   * The command's own help: options, input and output columns, exit status.
   *
   * @return the help text
   */
  String help();

  /**
   * The options the command accepts, without dashes.
   *
   * @return the option names
   */
  Set<String> options();

  /**
   * The options that may be given more than once (a subset of {@link #options()}).
   *
   * @return the names, none by default
   */
  default Set<String> repeatable() {
    return Set.of();
  }

  /**
   * Runs the command over standard input.
   *
   * @param options the parsed options
   * @param batch   standard input and output as CSV
   * @return the exit status: 0 when the batch ran (rows may have errors)
   * @throws UsageException when the options or input header do not fit the command
   * @throws IOException    when reading or writing fails
   */
  int run(Options options, Batch batch) throws UsageException, IOException;
}
