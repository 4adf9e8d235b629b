package io.github.shiyu.governance.server;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Rejection;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.State;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.standard.WorkOrderWorkflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.MissingDataException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.org.Department;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.grid.Grid;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.dispatch.DispatchDecision;
import io.github.shiyu.governance.grid.dispatch.DispatchRequest;
import io.github.shiyu.governance.grid.dispatch.Dispatcher;
import io.github.shiyu.governance.grid.dispatch.Workload;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 for the hotline's work orders (JSON only). A service is a work-order
 * category; a request is a work order, located in its grid, registered and dispatched by the
 * county's dispatcher. {@code status} is {@code closed} when the work order's state is
 * terminal, else {@code open}; the local state goes in {@code extended_attributes}. Errors are
 * the spec's array of {@code {"code", "description"}}. Every endpoint has its {@code .xml} twin
 * (the same documents in the spec's XML form, errors as {@code <errors>}).
 */
@RestController
@RequestMapping(path = "/open311/v2", produces = "application/json")
public class Open311Controller {

  private static final Logger LOG = LoggerFactory.getLogger(Open311Controller.class);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The dispatcher's actor: the operations center's automatic dispatch. */
  static final Actor DISPATCH = Actor.of("open311-dispatch", Role.OPERATIONS_CENTER);
  private static final int MAX_RESULTS = 1000;

  private final CaseService service;
  private final GridIndex index;
  private final Dispatcher dispatcher;
  private final List<CaseCategory> services;
  private final CaseHistories histories;
  private final JsonMapper json = JsonMapper.builder().build();

  /**
   * Creates the controller.
   *
   * @param service    the case engine
   * @param index      the grid index
   * @param dispatcher the dispatcher
   * @param histories  the cases, for the listing
   */
  public Open311Controller(CaseService service, GridIndex index, Dispatcher dispatcher, CaseHistories histories) {
    this.histories = histories;
    this.service = service;
    this.index = index;
    this.dispatcher = dispatcher;
    this.services = CategoryTaxonomy.standard().stream()
        .filter(c -> c.depth() >= 2 && (c.code().startsWith("hotline.") || c.code().startsWith("citymgmt.")))
        .sorted(Comparator.comparing(CaseCategory::code)).toList();
  }

  /** An Open311 error, answered as the spec's error array. */
  static final class Open311Error extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;

    Open311Error(int code, String description) {
      super(description);
      this.code = code;
    }
  }

  /**
   * The service list.
   *
   * @return one service per work-order category
   */
  @GetMapping("/services.json")
  public List<Map<String, Object>> services() {
    return services.stream().map(Open311Controller::service).toList();
  }

  /**
   * A service definition: the services have no extra attributes.
   *
   * @param code the service code
   * @return the definition
   */
  @GetMapping("/services/{code}.json")
  public Map<String, Object> definition(@PathVariable("code") String code) {
    CaseCategory c = serviceOf(code);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service_code", c.code());
    out.put("attributes", List.of());
    return out;
  }

  /**
   * Creates a service request: a work order registered by the api key's user, located in its
   * grid and dispatched. A request with only an address (the spec allows {@code address_string}
   * or {@code address_id} instead of {@code lat} and {@code long}) is registered for the api
   * key's division with the address in its description, and left for the operations centre to
   * dispatch: this server does not geocode.
   *
   * @param access who asks (from {@code api_key} or the Authorization header)
   * @param form   the form-encoded fields of the spec
   * @return the new request's id
   */
  @PostMapping(path = "/requests.json", consumes = "application/x-www-form-urlencoded")
  public ResponseEntity<List<Map<String, Object>>> create(@RequestAttribute(Access.ATTRIBUTE) Access access,
      @RequestParam MultiValueMap<String, String> form) {
    if (!access.signedIn()) {
      throw new Open311Error(403, "api_key is required");
    }
    CaseCategory category = serviceOf(field(form, "service_code")
        .orElseThrow(() -> new Open311Error(400, "service_code is required")));
    Optional<String> lat = field(form, "lat");
    Optional<String> lng = field(form, "long");
    Optional<String> address = field(form, "address_string").or(() -> field(form, "address_id"));
    Optional<GeoPoint> point = Optional.empty();
    Registration r;
    if (lat.isPresent() || lng.isPresent()) {
      if (lat.isEmpty() || lng.isEmpty()) {
        throw new Open311Error(400, "lat and long go together: got only " + (lat.isPresent() ? "lat" : "long"));
      }
      GeoPoint at = GeoPoint.of(number("long", lng.get()), number("lat", lat.get()), CoordinateSystem.WGS84);
      Grid grid = index.locate(at)
          .orElseThrow(() -> new Open311Error(400, "the location is not within any grid of the county"));
      if (!access.covers(grid.community())) {
        throw new Open311Error(403, "the location lies outside the api key's division");
      }
      r = Registration.of(CaseType.WORK_ORDER, category, grid.community()).withGrid(grid.code()).withLocation(at);
      point = Optional.of(at);
    } else if (address.isPresent()) {
      // the spec lets a request give only an address; this server does not geocode, so the
      // request is registered for the api key's division and dispatched by hand
      r = Registration.of(CaseType.WORK_ORDER, category, access.division().orElseThrow());
    } else {
      throw new Open311Error(400, "a location is required: lat and long, or address_string or address_id");
    }
    Optional<String> name = Stream.of(field(form, "last_name"), field(form, "first_name")).flatMap(Optional::stream)
        .reduce((a, b) -> a + b);
    if (name.isPresent()) {
      Party p = Party.person(name.get(), PartyRole.REQUESTER);
      Optional<String> phone = field(form, "phone");
      if (phone.isPresent()) {
        if (!PhoneNumber.isValid(phone.get())) {
          throw new Open311Error(400, "phone is not a valid phone number");
        }
        p = p.withPhone(PhoneNumber.parse(phone.get()));
      }
      r = r.withParties(List.of(p));
    }
    CaseId id = CaseId.of("WO-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT));
    Command register = Command.register(access.actor(), r);
    Optional<String> description = field(form, "description");
    if (point.isEmpty()) {
      String where = "地址 address: " + address.get();
      description = Optional.of(description.map(d -> d + "\n" + where).orElse(where));
    }
    if (description.isPresent()) {
      register = register.withReason(description.get());
    }
    Decision d = service.register(id, register);
    if (d instanceof Rejection rejection) {
      throw new Open311Error(rejection.reason() == Rejection.Reason.ROLE_NOT_ALLOWED ? 403 : 400, rejection.message());
    }
    String notice = point.map(at -> dispatch(id, at, category, d.event().at()))
        .orElse("registered without a location (this server does not geocode addresses): the operations"
            + " centre dispatches it");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service_request_id", id.value());
    out.put("service_notice", notice);
    out.put("account_id", null);
    return ResponseEntity.status(HttpStatus.CREATED).body(List.of(out));
  }

  private String dispatch(CaseId id, GeoPoint at, CaseCategory category, Instant registeredAt) {
    DispatchDecision decision = dispatcher.dispatch(DispatchRequest.of(at, category, Tier.SIMPLE, registeredAt),
        Workload.none());
    String handler = decision.owner().department().map(Department::id)
        .orElseGet(() -> "gc-" + decision.owner().division().value());
    Decision dispatched = service.execute(id, Command.of(WorkOrderWorkflow.DISPATCH, DISPATCH).withHandler(handler)
        .withReason(decision.explain()).withIdempotencyKey(id.value() + ":dispatch"));
    return dispatched.accepted() ? "dispatched to " + handler : "registered; dispatch refused: "
        + dispatched.rejection().map(Rejection::message).orElse("");
  }

  /**
   * Service requests, newest first, at most 1000.
   *
   * @param access    who asks: personal data never appears here, descriptions are masked for
   *                  readers without the right to see personal data
   * @param ids       comma-separated request ids (the other filters are then ignored, as the spec says)
   * @param codes     comma-separated service codes
   * @param startDate requests made at or after (W3C date-time); default 90 days before end_date
   * @param endDate   requests made at or before (W3C date-time); default now
   * @param status    comma-separated {@code open}, {@code closed}
   * @return the requests
   */
  @GetMapping("/requests.json")
  public List<Map<String, Object>> requests(@RequestAttribute(Access.ATTRIBUTE) Access access,
      @RequestParam(name = "service_request_id", required = false) String ids,
      @RequestParam(name = "service_code", required = false) String codes,
      @RequestParam(name = "start_date", required = false) String startDate,
      @RequestParam(name = "end_date", required = false) String endDate,
      @RequestParam(name = "status", required = false) String status) {
    if (ids != null) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (String id : split(ids)) {
        workOrder(id).ifPresent(c -> out.add(request(c, access)));
      }
      return out;
    }
    Instant end = endDate == null ? Instant.now() : date("end_date", endDate);
    Instant start = startDate == null ? end.minusSeconds(90L * 24 * 3600) : date("start_date", startDate);
    Predicate<Case> filter = c -> !c.registeredAt().isBefore(start) && !c.registeredAt().isAfter(end);
    if (codes != null) {
      Set<String> wanted = Set.copyOf(split(codes));
      for (String code : wanted) {
        serviceOf(code);
      }
      filter = filter.and(c -> wanted.contains(c.category().code()));
    }
    if (status != null) {
      Set<String> wanted = Set.copyOf(split(status));
      for (String s : wanted) {
        if (!s.equals("open") && !s.equals("closed")) {
          throw new Open311Error(400, "status must be open or closed, got '" + s + "'");
        }
      }
      filter = filter.and(c -> wanted.contains(status(c)));
    }
    return histories.snapshot().stream().map(CaseHistories.Entry::current)
        .filter(c -> c.type() == CaseType.WORK_ORDER).filter(filter)
        .sorted(Comparator.comparing(Case::registeredAt).reversed().thenComparing(c -> c.id().value()))
        .limit(MAX_RESULTS).map(c -> request(c, access)).toList();
  }

  /**
   * One service request.
   *
   * @param access who asks
   * @param id     the request id
   * @return a list of one request, as the spec says
   */
  @GetMapping("/requests/{id}.json")
  public List<Map<String, Object>> request(@RequestAttribute(Access.ATTRIBUTE) Access access,
      @PathVariable("id") String id) {
    return List.of(request(workOrder(id).orElseThrow(() -> new Open311Error(404, "no service request " + id)), access));
  }

  /**
   * The service list as XML.
   *
   * @return {@code <services>}
   */
  @GetMapping(path = "/services.xml", produces = "application/xml")
  public String servicesXml() {
    return Open311Xml.list("services", "service", services());
  }

  /**
   * A service definition as XML.
   *
   * @param code the service code
   * @return {@code <service_definition>}
   */
  @GetMapping(path = "/services/{code}.xml", produces = "application/xml")
  public String definitionXml(@PathVariable("code") String code) {
    return Open311Xml.single("service_definition", definition(code));
  }

  /**
   * Creates a service request, answered as XML.
   *
   * @param access who asks
   * @param form   the form-encoded fields
   * @return {@code <service_requests>} with the new request's id
   */
  @PostMapping(path = "/requests.xml", consumes = "application/x-www-form-urlencoded", produces = "application/xml")
  public ResponseEntity<String> createXml(@RequestAttribute(Access.ATTRIBUTE) Access access,
      @RequestParam MultiValueMap<String, String> form) {
    ResponseEntity<List<Map<String, Object>>> created = create(access, form);
    return ResponseEntity.status(created.getStatusCode())
        .body(Open311Xml.list("service_requests", "request", created.getBody()));
  }

  /**
   * Service requests as XML, with the filters of {@link #requests}.
   *
   * @param access    who asks
   * @param ids       comma-separated request ids
   * @param codes     comma-separated service codes
   * @param startDate requests made at or after
   * @param endDate   requests made at or before
   * @param status    comma-separated {@code open}, {@code closed}
   * @return {@code <service_requests>}
   */
  @GetMapping(path = "/requests.xml", produces = "application/xml")
  public String requestsXml(@RequestAttribute(Access.ATTRIBUTE) Access access,
      @RequestParam(name = "service_request_id", required = false) String ids,
      @RequestParam(name = "service_code", required = false) String codes,
      @RequestParam(name = "start_date", required = false) String startDate,
      @RequestParam(name = "end_date", required = false) String endDate,
      @RequestParam(name = "status", required = false) String status) {
    return Open311Xml.list("service_requests", "request", requests(access, ids, codes, startDate, endDate, status));
  }

  /**
   * One service request as XML.
   *
   * @param access who asks
   * @param id     the request id
   * @return {@code <service_requests>} with one request
   */
  @GetMapping(path = "/requests/{id}.xml", produces = "application/xml")
  public String requestXml(@RequestAttribute(Access.ATTRIBUTE) Access access, @PathVariable("id") String id) {
    return Open311Xml.list("service_requests", "request", request(access, id));
  }

  private Optional<Case> workOrder(String id) {
    CaseId caseId;
    try {
      caseId = CaseId.of(id);
    } catch (GovernanceException e) {
      throw new Open311Error(400, "service_request_id is not a valid id");
    }
    return service.find(caseId).filter(c -> c.type() == CaseType.WORK_ORDER);
  }

  private Map<String, Object> request(Case c, Access access) {
    List<CaseEvent> history = service.history(c.id());
    Optional<String> description = history.get(0).reason()
        .map(r -> access.seesPersonalDataOf(c) ? r : MaskingPolicy.defaults().maskNumbersIn(r));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service_request_id", c.id().value());
    out.put("status", status(c));
    out.put("status_notes", c.lastEvent().reason().filter(r -> c.version() > 2)
        .map(r -> access.seesPersonalDataOf(c) ? r : MaskingPolicy.defaults().maskNumbersIn(r)).orElse(null));
    out.put("service_name", c.category().name() + " " + c.category().englishName());
    out.put("service_code", c.category().code());
    out.put("description", description.orElse(null));
    out.put("agency_responsible", c.handler().orElse(null));
    out.put("service_notice", null);
    out.put("requested_datetime", w3c(c.registeredAt()));
    out.put("updated_datetime", w3c(c.updatedAt()));
    out.put("expected_datetime", c.state().kind() == StateKind.OPEN ? c.due().map(Open311Controller::w3c).orElse(null)
        : null);
    out.put("address", null);
    out.put("address_id", null);
    out.put("zipcode", null);
    out.put("lat", c.location().map(GeoPoint::latitude).orElse(null));
    out.put("long", c.location().map(GeoPoint::longitude).orElse(null));
    out.put("media_url", null);
    Map<String, Object> extended = new LinkedHashMap<>();
    extended.put("local_state", c.state().name().toString());
    extended.put("local_state_label", service.workflow(c.type()).state(c.state().name()).map(State::label)
        .orElse(c.state().label()));
    extended.put("state_kind", c.state().kind().name());
    extended.put("division", c.division().value());
    extended.put("grid", c.grid().map(g -> g.value()).orElse(null));
    out.put("extended_attributes", extended);
    return out;
  }

  private static String status(Case c) {
    return c.state().kind() == StateKind.TERMINAL ? "closed" : "open";
  }

  private static Map<String, Object> service(CaseCategory c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service_code", c.code());
    out.put("service_name", c.name() + " " + c.englishName());
    out.put("description", c.englishName() + " (" + c.name() + "), handled as a work order");
    out.put("metadata", false);
    out.put("type", "realtime");
    out.put("keywords", c.code().replace('.', ','));
    out.put("group", c.code().startsWith("hotline.") ? "12345 hotline 热线诉求" : "city management 城市管理");
    return out;
  }

  private CaseCategory serviceOf(String code) {
    return services.stream().filter(c -> c.code().equals(code)).findFirst()
        .orElseThrow(() -> new Open311Error(404, "no service with service_code '" + code + "'"));
  }

  private static Optional<String> field(MultiValueMap<String, String> form, String name) {
    return Optional.ofNullable(form.getFirst(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static double number(String field, String text) {
    try {
      double v = Double.parseDouble(text);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException(text);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new Open311Error(400, field + " is not a number");
    }
  }

  private static Instant date(String field, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new Open311Error(400, field + " must be a W3C date-time such as 2026-12-01T00:00:00+08:00");
    }
  }

  private static String w3c(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZONE).toString();
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @ExceptionHandler(Open311Error.class)
  ResponseEntity<String> open311(Open311Error e, HttpServletRequest request) {
    return error(request, e.code, e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<String> other(Exception e, HttpServletRequest request) {
    if (e instanceof ErrorResponse er) {
      HttpStatusCode s = er.getStatusCode();
      return error(request, s.value(), er.getBody().getDetail() == null ? s.toString() : er.getBody().getDetail());
    }
    if (e instanceof MissingDataException m && m.code().equals(CaseErrors.UNKNOWN_CASE)) {
      return error(request, 404, m.localizedMessage(Locale.ENGLISH));
    }
    if (e instanceof GovernanceException g) {
      return error(request, 400, g.localizedMessage(Locale.ENGLISH));
    }
    LOG.error("Open311 request failed", e);
    return error(request, 500, "internal error");
  }

  /** The spec's error array, as XML for a {@code .xml} path, else JSON. */
  private ResponseEntity<String> error(HttpServletRequest request, int code, String description) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("code", code);
    e.put("description", description);
    if (request.getRequestURI().endsWith(".xml")) {
      return ResponseEntity.status(code).contentType(MediaType.APPLICATION_XML)
          .body(Open311Xml.list("errors", "error", List.of(e)));
    }
    return ResponseEntity.status(code).contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(List.of(e)));
  }
}
