package io.github.shiyu.governance.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.State;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.time.Deadline;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The case API's JSON documents: cases, events and deadlines, personal data masked unless the reader may see it. */
final class CaseViews {

  private CaseViews() {}

  /** A clock's deadline. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DeadlineView(Instant start, Instant due, String unit, boolean stopped, boolean overdue, Boolean provisional) {
    static DeadlineView of(Deadline d, Instant now) {
      return new DeadlineView(d.start(), d.due(), d.unit().name(), d.isStopped(), d.isOverdue(now),
          d.isProvisional() ? Boolean.TRUE : null);
    }
  }

  /** One event of a case's history. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EventView(String caseId, long sequence, Instant at, String command, String actor, String role, String from,
      String to, String toKind, String handler, String reason, String rating, Map<String, DeadlineView> deadlines) {
    static EventView of(CaseEvent e, boolean personalData, Instant now) {
      String reason = e.reason().map(r -> personalData ? r : MaskingPolicy.defaults().maskNumbersIn(r)).orElse(null);
      return new EventView(e.caseId().value(), e.sequence(), e.at(), e.command().value(), e.actor().id(),
          e.actor().role().name(), e.from().map(Object::toString).orElse(null), e.to().toString(), e.toKind().name(),
          e.handler().orElse(null), reason, e.rating().map(Enum::name).orElse(null), deadlineViews(e.deadlines(), now));
    }
  }

  /** A party, masked for readers without the right to see personal data. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PartyView(String kind, String name, String role, String residentId, String creditCode, String phone) {
    static PartyView of(Party p, boolean personalData) {
      MaskingPolicy m = MaskingPolicy.defaults();
      return new PartyView(p.kind().name(), personalData ? p.name() : p.maskedName(), p.role().name(),
          p.residentId().map(id -> personalData ? id.reveal() : m.mask(id)).orElse(null),
          p.creditCode().map(Object::toString).orElse(null),
          p.phone().map(ph -> personalData ? ph.reveal() : m.mask(ph)).orElse(null));
    }
  }

  /** A case with its deadlines, parties, history and the commands the reader's role may issue now. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CaseView(String id, String type, String workflow, String category, String division, String grid,
      Double longitude, Double latitude, String state, String stateLabel, String stateKind, long version,
      String handler, String tier, Instant registeredAt, Instant updatedAt, Instant due, boolean overdue,
      Map<String, DeadlineView> deadlines, List<PartyView> parties, List<String> permittedCommands,
      List<EventView> history) {
    static CaseView of(Case c, Workflow w, List<CaseEvent> history, Access access, Instant now) {
      boolean personal = access.seesPersonalDataOf(c);
      return new CaseView(c.id().value(), c.type().name(), w.name(), c.category().code(), c.division().value(),
          c.grid().map(g -> g.value()).orElse(null), c.location().map(p -> p.longitude()).orElse(null),
          c.location().map(p -> p.latitude()).orElse(null), c.state().name().toString(),
          w.state(c.state().name()).map(State::label).orElse(c.state().label()),
          c.state().kind().name(), c.version(), c.handler().orElse(null), c.tier().name(), c.registeredAt(),
          c.updatedAt(), c.due().orElse(null), isOverdue(c, now), deadlineViews(c.deadlines(), now),
          c.parties().stream().map(p -> PartyView.of(p, personal)).toList(),
          w.permitted(c.state(), access.actor().role()).stream().map(CommandName::value).toList(),
          history.stream().map(e -> EventView.of(e, personal, now)).toList());
    }
  }

  /** One line of the overdue list. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OverdueView(String id, String type, String category, String division, String state, String handler,
      Instant due, Map<String, DeadlineView> deadlines) {
    static OverdueView of(Case c, Instant now) {
      return new OverdueView(c.id().value(), c.type().name(), c.category().code(), c.division().value(),
          c.state().name().toString(), c.handler().orElse(null), c.due().orElse(null), deadlineViews(c.deadlines(), now));
    }
  }

  static boolean isOverdue(Case c, Instant now) {
    return c.deadlines().values().stream().anyMatch(d -> !d.isStopped() && d.isOverdue(now));
  }

  private static Map<String, DeadlineView> deadlineViews(Map<String, Deadline> deadlines, Instant now) {
    Map<String, DeadlineView> out = new LinkedHashMap<>();
    deadlines.forEach((k, v) -> out.put(k, DeadlineView.of(v, now)));
    return out;
  }
}
