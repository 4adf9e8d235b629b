package io.github.shiyu.governance.jdbc;

import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.core.org.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generated case histories (a copy of governance-jackson's test generator, itself trimmed from
 * governance-cases' WorkflowModelPropertiesTest: test helpers are not shared across modules).
 */
final class Histories {

  static final Map<String, String> CATEGORIES = Map.of("dispute-mediation", "dispute.neighbour",
      "petition", "dispute.land_requisition_demolition", "work-order", "hotline.complaint",
      "pre-litigation-mediation", "dispute.contract", "grid-incident", "citymgmt.event",
      "petition-proxy", "dispute.labour");
  static final Role[] ROLES = {Role.CITIZEN, Role.GRID_WORKER, Role.OPERATIONS_CENTER,
      Role.GOVERNANCE_CENTER, Role.DEPARTMENT, Role.MEDIATOR, Role.LEAD_OFFICIAL,
      Role.PETITION_OFFICE, Role.HEAD_OF_BODY, Role.SUPERVISOR, Role.COURT, Role.SYSTEM,
      Role.PETITION_PROXY};
  static final DivisionCode VILLAGE = DivisionCode.parse("420602003012");
  static final ExpertField[] FIELDS = {ExpertField.PSYCHOLOGY, ExpertField.LEGAL_CONSULTATION,
      ExpertField.LAWYER, ExpertField.of("accounting", "会计", "accounting")};

  private Histories() {}

  static Command registration(Workflow w, String id) {
    Role registrar = w.transitions().get(0).roles().get(0);
    return Command.register(as(registrar),
        Registration.of(w.type(), CategoryTaxonomy.standard().require(CATEGORIES.get(w.name())), VILLAGE))
        .withIdempotencyKey(id + "-register");
  }

  static List<CaseEvent> history(Workflow w, String id, Instant start, long seed, int steps) {
    Random random = new Random(seed);
    Decision first = w.register(CaseId.of(id), registration(w, id), start);
    List<CaseEvent> events = new ArrayList<>();
    Case kase = Case.start(first.event());
    events.add(first.event());
    Instant now = start;
    for (int i = 0; i < steps; i++) {
      now = now.plus(Duration.ofHours(1 + random.nextInt(72)));
      Command c = next(w, kase, random);
      if (c == null) {
        break;
      }
      c = c.withIdempotencyKey(id + "-" + i);
      Decision d = w.decide(kase, c, now);
      if (d instanceof CaseEvent e) {
        kase = kase.apply(e);
        events.add(e);
      }
    }
    return events;
  }

  static Actor as(Role role) {
    return role == Role.SYSTEM ? Actor.system()
        : Actor.of(role.name().toLowerCase(Locale.ROOT) + "-1", role);
  }

  /** A permitted command with all its data, or null when none is permitted. */
  static Command next(Workflow w, Case kase, Random random) {
    List<Role> able = new ArrayList<>();
    for (Role r : ROLES) {
      if (!w.permitted(kase.state(), r).isEmpty()) {
        able.add(r);
      }
    }
    if (able.isEmpty()) {
      return null;
    }
    Role role = able.get(random.nextInt(able.size()));
    List<CommandName> names = w.permitted(kase.state(), role);
    int flags = random.nextInt(256);
    return Command.of(names.get(random.nextInt(names.size())), as(role))
        .withReason("reason " + flags).withHandler("dept-" + flags % 3)
        .withRating(Rating.values()[flags % 3]).withTier(Tier.values()[(flags >>> 2) % 3])
        .withExpert(FIELDS[(flags >>> 4) % FIELDS.length]);
  }
}
