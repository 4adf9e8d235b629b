package io.github.shiyu.governance.spring;

import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.store.CaseService;
import java.util.Objects;

/**
 * The application's way in for commands: {@link CaseService}'s register and execute, with
 * every decision recorded in the {@link GovernanceMeters} (commands, rejections by reason).
 * Reads ({@code find}, {@code history}) go to {@link #service()} directly.
 *
 * <pre>{@code
 * Decision d = commands.execute(CaseId.of("WO-1"), Command.of(CommandName.of("dispatch"), actor));
 * }</pre>
 */
public final class CaseCommands {

  private final CaseService service;
  private final GovernanceMeters meters;

  /**
   * Commands through a service, recorded in meters.
   *
   * @param service the service
   * @param meters  the meters
   */
  public CaseCommands(CaseService service, GovernanceMeters meters) {
    this.service = Objects.requireNonNull(service, "service");
    this.meters = Objects.requireNonNull(meters, "meters");
  }

  /**
   * Registers a case.
   *
   * @param id      the new case's id
   * @param command the registration
   * @return the event or the rejection
   */
  public Decision register(CaseId id, Command command) {
    Decision d = service.register(id, command);
    meters.decided(command.registration().map(r -> service.workflow(r.type()).name())
        .orElse("?"), d);
    return d;
  }

  /**
   * Executes a command on a case.
   *
   * @param id      the case
   * @param command the command
   * @return the event or the rejection
   */
  public Decision execute(CaseId id, Command command) {
    Decision d = service.execute(id, command);
    meters.decided(service.find(id).map(c -> c.lastEvent().workflow()).orElse("?"), d);
    return d;
  }

  /**
   * The service the commands run through.
   *
   * @return the service
   */
  public CaseService service() {
    return service;
  }
}
