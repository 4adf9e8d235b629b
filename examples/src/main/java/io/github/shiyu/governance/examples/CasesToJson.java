package io.github.shiyu.governance.examples;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.json.GovernanceModule;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.core.time.WorkCalendar;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Serialise cases to JSON with core's Jackson module: a case's snapshot and its event log,
 * once for display (personal data masked, as every default JSON form is) and once for a
 * trusted store (full values, read back through the same validation as Java input).
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am -DskipTests package exec:exec \
 *   -Dquickstart.main=io.github.shiyu.governance.examples/io.github.shiyu.governance.examples.CasesToJson
 * }</pre>
 */
public final class CasesToJson {

  private CasesToJson() {}

  /**
   * What an application keeps of a case: core value types serialise in their canonical forms.
   *
   * @param id       the case id
   * @param type     the case type
   * @param category the category code
   * @param division the community
   * @param grid     the grid, null if unknown (a JSON shape: absent fields are left out)
   * @param location where it happened, null if unknown
   * @param parties  who is involved (personal data)
   * @param state    the workflow state
   * @param handler  who handles it, null if not set
   * @param due      the primary deadline (ISO-8601 instant), null if none
   * @param version  the number of events
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CaseSnapshot(String id, CaseType type, String category, DivisionCode division, GridCode grid,
      GeoPoint location, List<Party> parties, String state, String handler, String due, long version) {

    /**
     * The snapshot of a case.
     *
     * @param kase the case
     * @return its snapshot
     */
    public static CaseSnapshot of(Case kase) {
      return new CaseSnapshot(kase.id().value(), kase.type(), kase.category(), kase.division(),
          kase.grid().orElse(null), kase.location().orElse(null), kase.parties(), kase.state().name().value(),
          kase.handler().orElse(null), kase.due().map(Instant::toString).orElse(null), kase.version());
    }
  }

  /**
   * One line of the event log.
   *
   * @param sequence the event's number in its case
   * @param at       when, ISO-8601
   * @param actor    who (an id and a role, not personal data)
   * @param role     the actor's role
   * @param command  what was done
   * @param from     the state before
   * @param to       the state after
   */
  public record EventLine(long sequence, String at, String actor, String role, String command, String from,
      String to) {

    /**
     * The line of an event.
     *
     * @param e the event
     * @return its line
     */
    public static EventLine of(CaseEvent e) {
      return new EventLine(e.sequence(), e.at().toString(), e.actor().id(), e.actor().role().name(), e.command().value(),
          e.from().map(f -> f.value()).orElse(""), e.to().value());
    }
  }

  /**
   * Runs the example on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    CaseService service = new CaseService(new InMemoryCaseStore(),
        Clock.fixed(Instant.parse("2025-03-11T01:20:00Z"), WorkCalendar.ZONE), StandardWorkflows.all());
    CaseId id = CaseId.of("KW-2025-00042");
    Party caller = Party.person("李小梅", PartyRole.APPLICANT)
        .withResidentId(ResidentId.parse("11010519491231002X"))
        .withPhone(PhoneNumber.parse("13812345678"));
    Actor center = Actor.of("kw-12345", Role.OPERATIONS_CENTER);
    service.register(id, Command.register(center,
        Registration.of(CaseType.WORK_ORDER, "hotline.complaint", DivisionCode.parse("370705001001"))
            .withGrid(GridCode.parse("370705001001001"))
            .withLocation(GeoPoint.of(119.118, 36.712, CoordinateSystem.WGS84))
            .withParties(List.of(caller))));
    service.execute(id, Command.of("dispatch", center).withHandler("gc-370705001000"));
    service.execute(id, Command.of("acknowledge", Actor.of("gc-370705001000", Role.DEPARTMENT)));

    CaseSnapshot snapshot = CaseSnapshot.of(service.find(id).orElseThrow());
    ObjectMapper display = new ObjectMapper().registerModule(new GovernanceModule());
    ObjectMapper storage = new ObjectMapper().registerModule(GovernanceModule.forTrustedStorage());
    try {
      out.println("for display: " + display.writeValueAsString(snapshot));
      String stored = storage.writeValueAsString(snapshot);
      CaseSnapshot back = storage.readValue(stored, CaseSnapshot.class);
      out.println("stored and read back equal: " + back.equals(snapshot));
      for (CaseEvent e : service.history(id)) {
        out.println("event: " + display.writeValueAsString(EventLine.of(e)));
      }
      // A bad value in stored JSON fails with the rule broken and the JSON path.
      try {
        storage.readValue(stored.replace("370705001001\"", "37070500100\""), CaseSnapshot.class);
      } catch (JsonMappingException e) {
        out.println("rejected: " + e.getOriginalMessage() + " at " + e.getPathReference());
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
