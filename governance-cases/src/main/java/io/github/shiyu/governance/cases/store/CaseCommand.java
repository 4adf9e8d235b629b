package io.github.shiyu.governance.cases.store;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Command;
import java.util.Objects;

/**
 * A command addressed to a case, for {@link CaseService#executeAll}. A {@link
 * Command#register} command registers the case; any other is executed against it.
 *
 * <pre>{@code
 * service.executeAll(List.of(
 *     CaseCommand.of(CaseId.of("WO-1"), Command.register(clerk, registration)),
 *     CaseCommand.of(CaseId.of("WO-1"), Command.of("dispatch", clerk).withHandler("dept-a"))));
 * }</pre>
 *
 * @param caseId  the case
 * @param command the command
 */
public record CaseCommand(CaseId caseId, Command command) {

  /** Checks the parts. */
  public CaseCommand {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(command, "command");
  }

  /**
   * A command addressed to a case.
   *
   * @param caseId  the case
   * @param command the command
   * @return the pair
   */
  public static CaseCommand of(CaseId caseId, Command command) {
    return new CaseCommand(caseId, command);
  }
}
