package io.github.shiyu.governance.server;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Rejection;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.server.CaseViews.CaseView;
import io.github.shiyu.governance.server.CaseViews.EventView;
import io.github.shiyu.governance.server.CaseViews.OverdueView;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case API for every workflow: register a case, execute a command on it (retries with the
 * same {@code Idempotency-Key} return the first result), read it with its history and
 * deadlines, list the overdue cases. A rejection by the workflow is a problem document
 * ({@link Problems}) carrying the rejection's reason code.
 */
@RestController
@RequestMapping(path = "/api/cases", produces = "application/json")
public class CaseController {

  private final CaseService service;

  /**
   * Creates the controller.
   *
   * @param service the case engine
   */
  public CaseController(CaseService service) {
    this.service = service;
  }

  /**
   * A party of a new case.
   *
   * @param kind       {@code PERSON} (default) or {@code ORGANISATION}
   * @param name       the name
   * @param role       the party's role, {@code APPLICANT} by default
   * @param residentId a resident ID number, for a person
   * @param phone      a phone number
   */
  public record PartyForm(String kind, String name, String role, String residentId, String phone) {}

  /**
   * A new case.
   *
   * @param id        the case id (default: derived from the idempotency key, else random)
   * @param type      the case type, {@code WORK_ORDER}, {@code DISPUTE}, ...
   * @param category  the category code, {@code citymgmt.event}
   * @param division  the division code (6 or 12 digits)
   * @param grid      the grid code, optional
   * @param longitude the location (WGS84), optional
   * @param latitude  the location (WGS84), optional
   * @param tier      {@code SIMPLE}, {@code COMPLEX} or {@code MAJOR}, optional
   * @param reason    what the case is about, optional
   * @param parties   the parties, optional
   */
  public record CaseForm(String id, String type, String category, String division, String grid, Double longitude,
      Double latitude, String tier, String reason, List<PartyForm> parties) {}

  /**
   * A command's data, all optional.
   *
   * @param handler the department or worker assigned
   * @param reason  the reason the command needs
   * @param rating  {@code SATISFIED}, {@code BASICALLY_SATISFIED} or {@code DISSATISFIED}
   * @param tier    a new tier
   */
  public record CommandForm(String handler, String reason, String rating, String tier) {}

  /**
   * Registers a case.
   *
   * @param access         who asks
   * @param idempotencyKey retries with the same key return the first result
   * @param form           the case
   * @return 201 with the case
   */
  @PostMapping(consumes = "application/json")
  public ResponseEntity<CaseView> register(@RequestAttribute(Access.ATTRIBUTE) Access access,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody CaseForm form) {
    Problems.requireSignedIn(access);
    CaseType type = Problems.parseEnum(CaseType.class, "type", form.type());
    DivisionCode division = DivisionCode.parse(Problems.required("division", form.division()));
    if (!access.covers(division)) {
      throw Problems.forbidden("division " + division.value() + " is outside " + access.actor().id() + "'s division");
    }
    Registration r = Registration.of(type,
        CategoryTaxonomy.standard().require(Problems.required("category", form.category())), division);
    if (form.grid() != null) {
      r = r.withGrid(GridCode.parse(form.grid()));
    }
    if (form.longitude() != null || form.latitude() != null) {
      r = r.withLocation(GeoPoint.of(Problems.required("longitude", form.longitude()),
          Problems.required("latitude", form.latitude()), CoordinateSystem.WGS84));
    }
    if (form.tier() != null) {
      r = r.withTier(Problems.parseEnum(Tier.class, "tier", form.tier()));
    }
    if (form.parties() != null) {
      List<Party> parties = new ArrayList<>();
      for (PartyForm p : form.parties()) {
        parties.add(party(p));
      }
      r = r.withParties(parties);
    }
    CaseId id = form.id() != null ? CaseId.of(form.id()) : newId(type, access, idempotencyKey);
    Command command = Command.register(access.actor(), r);
    if (form.reason() != null) {
      command = command.withReason(form.reason());
    }
    if (idempotencyKey != null) {
      command = command.withIdempotencyKey(idempotencyKey);
    }
    Decision d = service.register(id, command);
    if (d instanceof Rejection rejection) {
      throw new Problems.Rejected(rejection);
    }
    return ResponseEntity.created(URI.create("/api/cases/" + id.value())).body(view(id, access));
  }

  /**
   * Executes a command on a case.
   *
   * @param access         who asks
   * @param id             the case
   * @param command        the command's name, as the workflow names it ({@code dispatch})
   * @param idempotencyKey retries with the same key return the first result
   * @param form           the command's data (may be empty)
   * @return the event the command produced (the first one, for a retry)
   */
  @PostMapping(path = "/{id}/commands/{command}")
  public EventView execute(@RequestAttribute(Access.ATTRIBUTE) Access access, @PathVariable("id") String id,
      @PathVariable("command") String command,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody(required = false) CommandForm form) {
    Problems.requireSignedIn(access);
    CaseId caseId = CaseId.of(id);
    Case kase = readable(caseId, access);
    if (!access.mayActOn(kase)) {
      throw Problems.forbidden(access.actor().id() + " may not act on case " + id
          + (access.covers(kase) ? ", dispatched to another handler" : ", outside its division"));
    }
    Workflow w = service.workflow(kase.type());
    Command c = Command.of(w.command(command), access.actor());
    if (form != null) {
      if (form.handler() != null) {
        c = c.withHandler(form.handler());
      }
      if (form.reason() != null) {
        c = c.withReason(form.reason());
      }
      if (form.rating() != null) {
        c = c.withRating(Problems.parseEnum(Rating.class, "rating", form.rating()));
      }
      if (form.tier() != null) {
        c = c.withTier(Problems.parseEnum(Tier.class, "tier", form.tier()));
      }
    }
    if (idempotencyKey != null) {
      c = c.withIdempotencyKey(idempotencyKey);
    }
    Decision d = service.execute(caseId, c);
    if (d instanceof Rejection rejection) {
      throw new Problems.Rejected(rejection);
    }
    boolean personal = access.seesPersonalDataOf(kase);
    return EventView.of((CaseEvent) d, personal, Instant.now());
  }

  /**
   * A case with its history and deadlines.
   *
   * @param access who asks
   * @param id     the case
   * @return the case
   */
  @GetMapping("/{id}")
  public CaseView read(@RequestAttribute(Access.ATTRIBUTE) Access access, @PathVariable("id") String id) {
    Problems.requireSignedIn(access);
    return view(CaseId.of(id), access);
  }

  /**
   * The open cases of the reader's division with a running clock past its deadline.
   *
   * @param access who asks
   * @param limit  at most this many, the longest overdue first
   * @return the cases
   */
  @GetMapping("/overdue")
  public List<OverdueView> overdue(@RequestAttribute(Access.ATTRIBUTE) Access access,
      @RequestParam(name = "limit", defaultValue = "100") int limit) {
    Problems.requireSignedIn(access);
    if (limit < 1 || limit > 10_000) {
      throw Problems.badRequest("limit must be between 1 and 10000, got " + limit);
    }
    Instant now = Instant.now();
    try (var cases = service.store().openCasesDueBefore(now)) {
      return cases.filter(access::covers)
          .sorted(Comparator.comparing((Case c) -> c.due().orElse(now)).thenComparing(c -> c.id().value()))
          .limit(limit).map(c -> OverdueView.of(c, now)).toList();
    }
  }

  private CaseView view(CaseId id, Access access) {
    Case kase = readable(id, access);
    return CaseView.of(kase, service.workflow(kase.type()), service.history(id), access, Instant.now());
  }

  private Case readable(CaseId id, Access access) {
    Case kase = service.find(id).orElseThrow(() -> new MissingDataException(CaseErrors.UNKNOWN_CASE, id));
    if (!access.covers(kase)) {
      throw Problems.forbidden("case " + id.value() + " is outside " + access.actor().id() + "'s division");
    }
    return kase;
  }

  private static CaseId newId(CaseType type, Access access, String idempotencyKey) {
    String prefix = switch (type) {
      case WORK_ORDER -> "WO";
      case DISPUTE -> "DS";
      case PETITION -> "PT";
      case PRE_LITIGATION -> "PL";
      case GRID_INCIDENT -> "GI";
      case PETITION_PROXY -> "PP";
    };
    // A retried registration without an id must land on the same case: the id follows from the key.
    UUID uuid = idempotencyKey == null ? UUID.randomUUID()
        : UUID.nameUUIDFromBytes((access.actor().id() + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
    return CaseId.of(prefix + "-" + uuid.toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT));
  }

  private static Party party(PartyForm p) {
    PartyRole role = p.role() == null ? PartyRole.APPLICANT : Problems.parseEnum(PartyRole.class, "parties[].role", p.role());
    String name = Problems.required("parties[].name", p.name());
    Party party = "ORGANISATION".equals(p.kind()) ? Party.organisation(name, role) : Party.person(name, role);
    if (p.residentId() != null) {
      party = party.withResidentId(ResidentId.parse(p.residentId()));
    }
    if (p.phone() != null) {
      party = party.withPhone(PhoneNumber.parse(p.phone()));
    }
    return party;
  }

  static HttpStatus statusOf(Rejection.Reason reason) {
    return switch (reason) {
      case ROLE_NOT_ALLOWED -> HttpStatus.FORBIDDEN;
      case UNKNOWN_COMMAND -> HttpStatus.BAD_REQUEST;
      case NOT_PERMITTED, GUARD_FAILED, WINDOW_CLOSED -> HttpStatus.CONFLICT;
    };
  }
}
