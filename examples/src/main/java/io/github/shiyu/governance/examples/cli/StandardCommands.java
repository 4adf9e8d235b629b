package io.github.shiyu.governance.examples.cli;

import java.util.List;

/**
 * The commands of {@code governance-cli}, in the order its help lists them.
 *
 * <pre>{@code
 * new GovernanceCli(StandardCommands.all());
 * }</pre>
 */
public final class StandardCommands {

  private StandardCommands() {}

  /**
   * Every standard command.
   *
   * @return the commands
   */
  public static List<Command> all() {
    return List.of(new DivisionCommand(), new ResidentIdCommand(), new WorkdayCommand(), new ConvertCommand(),
        new LocateCommand(), new CheckLayerCommand(), new ReportCommand(), new CountyCommand());
  }
}
