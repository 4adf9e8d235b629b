package io.github.shiyu.governance.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.DeadlineChange;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Handling;
import io.github.shiyu.governance.cases.Extension;
import io.github.shiyu.governance.cases.Procedure;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.ReplyOutcome;
import io.github.shiyu.governance.cases.RiskLevel;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.StateName;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stable, versioned JSON form of a {@link CaseEvent}, for an event store: written with
 * full personal data (through a {@linkplain GovernanceModule#forTrustedStorage() trusted
 * storage} module) and read back, through {@link CaseEvent#restore}, against the workflows the
 * reader knows.
 *
 * <p>Schema version 1, one JSON object per event (fields in this order; absent optional
 * values are left out):
 * <pre>{@code
 * {"schema":1,"case":"WO-1","sequence":2,"at":"2024-09-29T02:00:00Z",
 *  "workflow":"work-order","workflowVersion":1,
 *  "command":{"name":"dispatch","actor":{"id":"op-1","role":"OPERATIONS_CENTER"},
 *             "idempotencyKey":"k-2","handler":"dept-housing","reason":"...","rating":"SATISFIED",
 *             "tier":"SIMPLE","replyOutcome":"EXPLAIN","riskLevel":"ORANGE",
 *             "procedure":"SIMPLIFIED",
 *             "extension":{"length":{"amount":20,"unit":"CALENDAR_DAYS"},
 *                          "consent":["APPLICANT","RESPONDENT"]},
 *             "expert":{"code":"psychology","chineseName":"心理咨询","englishName":"psychology"},
 *             "registration":{"type":"WORK_ORDER","category":"hotline.complaint",
 *                "division":"420602003012","grid":"...","location":{GeoPoint},
 *                "parties":[{Party}],"tier":"SIMPLE","escalationLevel":"VILLAGE",
 *                "repeatOf":"WO-0","personVisits":1}},
 *  "from":"REGISTERED","to":"DISPATCHED","toKind":"OPEN","tags":["DISPATCH"],
 *  "handling":{"handler":"dept-housing","escalationLevel":"VILLAGE","tier":"SIMPLE",
 *              "rating":"SATISFIED","extensions":0,"returns":0,"reopenings":0,
 *              "supervisions":0,"escalations":0,
 *              "experts":[{"code":"psychology","chineseName":"心理咨询",
 *                          "englishName":"psychology"}]},
 *  "clocks":["handling","returnWindow"],
 *  "deadlines":{"handling":{Deadline}},
 *  "deadlineChanges":[{"clock":"handling","before":{Deadline},"after":{Deadline}}]}
 * }</pre>
 * {@code expert} and {@code experts} (an expert joining a case, {@code EXPERT_JOINED}) came
 * later within schema 1: written only when present, so events without experts are written
 * exactly as before, and rows without them read as before.
 * Values of core types ({@code Deadline} with its clock stops, {@code Party},
 * {@code GeoPoint}, codes) take {@link GovernanceModule}'s forms.
 *
 * <p><b>Schema evolution.</b> An event keeps the workflow version that wrote it. A workflow
 * that gains states or commands reads its earlier events unchanged. A renamed command or
 * state is declared on the builder ({@link Builder#renamedCommand}, {@link
 * Builder#renamedState}) and checked against the workflow when the reader is built, not when
 * an old event turns up: events written before the renaming version are read under the new
 * name. An event written by a later workflow version than the reader's, of an unknown
 * workflow, or in an unknown schema version, is refused with an {@link
 * UnreadableEventException} naming the case and the sequence; nothing is skipped.
 *
 * <pre>{@code
 * CaseEventJson json = CaseEventJson.of(StandardWorkflows.all());
 * String row = json.write(event);
 * CaseEvent back = json.read(event.caseId(), event.sequence(), row);   // equals event
 *
 * CaseEventJson evolved = CaseEventJson.builder()
 *     .workflow(workOrderV2)                                   // version 2
 *     .renamedCommand("work-order", 2, "dispatch", "assign")   // v1 events said "dispatch"
 *     .build();
 * }</pre>
 */
public final class CaseEventJson {

  /** The schema version this class writes (and the only one it reads). */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final Map<String, Workflow> workflows;
  private final Map<String, List<Renaming>> commandRenames;
  private final Map<String, List<Renaming>> stateRenames;

  private record Renaming(int since, String from, String to) {}

  private CaseEventJson(Builder b) {
    this.mapper = new ObjectMapper().registerModule(b.module);
    this.workflows = Map.copyOf(b.workflows);
    this.commandRenames = copy(b.commandRenames);
    this.stateRenames = copy(b.stateRenames);
  }

  private static Map<String, List<Renaming>> copy(Map<String, List<Renaming>> in) {
    Map<String, List<Renaming>> out = new HashMap<>();
    in.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /**
   * A reader and writer for events of these workflows, with full personal data.
   *
   * @param known the workflows (distinct names)
   * @return the codec
   * @throws InvalidValueException {@code workflow.definition} if two workflows share a name
   */
  public static CaseEventJson of(Collection<Workflow> known) {
    Builder b = builder();
    known.forEach(b::workflow);
    return b.build();
  }

  /**
   * A builder with no workflows and {@link GovernanceModule#forTrustedStorage()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The workflows this codec reads events of.
   *
   * @return name to workflow
   */
  public Map<String, Workflow> workflows() {
    return workflows;
  }

  /**
   * Writes an event.
   *
   * @param event the event
   * @return its JSON, one line
   */
  public String write(CaseEvent event) {
    ObjectNode o = NODES.objectNode();
    o.put("schema", SCHEMA_VERSION);
    o.put("case", event.caseId().value());
    o.put("sequence", event.sequence());
    o.put("at", event.at().toString());
    o.put("workflow", event.workflow());
    o.put("workflowVersion", event.workflowVersion());
    o.set("command", command(event.request()));
    event.from().ifPresent(f -> o.put("from", f.value()));
    o.put("to", event.to().value());
    o.put("toKind", event.toKind().name());
    ArrayNode tags = o.putArray("tags");
    new TreeSet<>(event.tags()).forEach(t -> tags.add(t.name()));
    o.set("handling", handling(event.handling()));
    ArrayNode clocks = o.putArray("clocks");
    event.clocks().forEach(clocks::add);
    ObjectNode deadlines = o.putObject("deadlines");
    event.deadlines().forEach((k, v) -> deadlines.set(k, mapper.valueToTree(v)));
    if (!event.deadlineChanges().isEmpty()) {
      ArrayNode changes = o.putArray("deadlineChanges");
      for (DeadlineChange c : event.deadlineChanges()) {
        ObjectNode n = changes.addObject();
        n.put("clock", c.clock());
        n.set("before", mapper.valueToTree(c.before()));
        n.set("after", mapper.valueToTree(c.after()));
      }
    }
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new InvalidValueException(UnreadableEventException.UNREADABLE, event.caseId(),
          event.sequence(), "not writable as JSON");
    }
  }

  private ObjectNode command(Command c) {
    ObjectNode n = NODES.objectNode();
    n.put("name", c.name().value());
    ObjectNode actor = n.putObject("actor");
    actor.put("id", c.actor().id());
    actor.put("role", c.actor().role().name());
    c.idempotencyKey().ifPresent(k -> n.put("idempotencyKey", k));
    c.handler().ifPresent(h -> n.put("handler", h));
    c.reason().ifPresent(r -> n.put("reason", r));
    c.rating().ifPresent(r -> n.put("rating", r.name()));
    c.tier().ifPresent(t -> n.put("tier", t.name()));
    c.replyOutcome().ifPresent(o -> n.put("replyOutcome", o.name()));
    c.riskLevel().ifPresent(l -> n.put("riskLevel", l.name()));
    c.procedure().ifPresent(p -> n.put("procedure", p.name()));
    c.extension().ifPresent(x -> {
      ObjectNode e = n.putObject("extension");
      x.length().ifPresent(l -> {
        ObjectNode length = e.putObject("length");
        length.put("amount", l.amount());
        length.put("unit", l.unit().name());
      });
      ArrayNode consent = e.putArray("consent");
      new TreeSet<>(x.consentedBy()).forEach(r -> consent.add(r.name()));
    });
    c.expert().ifPresent(x -> n.set("expert", expert(x)));
    c.registration().ifPresent(r -> n.set("registration", registration(r)));
    return n;
  }

  private ObjectNode registration(Registration r) {
    ObjectNode n = NODES.objectNode();
    n.put("type", r.type().name());
    n.put("category", categoryCode(r));
    n.put("division", r.division().toString());
    r.grid().ifPresent(g -> n.set("grid", mapper.valueToTree(g)));
    r.location().ifPresent(l -> n.set("location", mapper.valueToTree(l)));
    if (!r.parties().isEmpty()) {
      ArrayNode parties = n.putArray("parties");
      r.parties().forEach(p -> parties.add(mapper.<JsonNode>valueToTree(p)));
    }
    n.put("tier", r.tier().name());
    n.put("escalationLevel", r.escalationLevel().name());
    r.repeatOf().ifPresent(id -> n.put("repeatOf", id.value()));
    n.put("personVisits", r.personVisits());
    return n;
  }

  /** A category is stored by its code; reading it back goes through the module's taxonomy. */
  private static String categoryCode(Registration r) {
    return r.category().code();
  }

  private static ObjectNode handling(Handling h) {
    ObjectNode n = NODES.objectNode();
    h.handler().ifPresent(x -> n.put("handler", x));
    n.put("escalationLevel", h.escalationLevel().name());
    n.put("tier", h.tier().name());
    h.rating().ifPresent(r -> n.put("rating", r.name()));
    n.put("extensions", h.extensions());
    n.put("returns", h.returns());
    n.put("reopenings", h.reopenings());
    n.put("supervisions", h.supervisions());
    n.put("escalations", h.escalations());
    if (!h.experts().isEmpty()) {
      ArrayNode experts = n.putArray("experts");
      h.experts().forEach(x -> experts.add(expert(x)));
    }
    return n;
  }

  /** The names go with the code: a county's own field has no constant to find them in. */
  private static ObjectNode expert(ExpertField field) {
    ObjectNode n = NODES.objectNode();
    n.put("code", field.code());
    n.put("chineseName", field.chineseName());
    n.put("englishName", field.englishName());
    return n;
  }

  private static ExpertField expert(Fields f) {
    return ExpertField.of(f.text("code"), f.text("chineseName"), f.text("englishName"));
  }

  /**
   * Reads an event, taking its case and sequence from the JSON.
   *
   * @param json the JSON as written
   * @return the event
   * @throws UnreadableEventException if it cannot be read (see the class description)
   */
  public CaseEvent read(String json) {
    return read(null, 0, json);
  }

  /**
   * Reads an event stored under a case and sequence (a store's key columns), which the JSON
   * must repeat; errors name them even when the JSON is unreadable.
   *
   * @param id       the case the row is stored under
   * @param sequence the sequence the row is stored under
   * @param json     the JSON as written
   * @return the event
   * @throws UnreadableEventException if it cannot be read or names another case or sequence
   */
  public CaseEvent read(CaseId id, long sequence, String json) {
    String caseText = id == null ? "?" : id.value();
    long seq = sequence;
    JsonNode root;
    try {
      root = mapper.readTree(Objects.requireNonNull(json, "json"));
    } catch (JsonProcessingException e) {
      throw new UnreadableEventException(UnreadableEventException.UNREADABLE, caseText, seq,
          null, "not JSON or truncated (" + e.getOriginalMessage().split("\n", 2)[0]
              .replaceAll("'[^']*'", "'…'") + ")");
    }
    if (root == null || !root.isObject()) {
      throw new UnreadableEventException(UnreadableEventException.UNREADABLE, caseText, seq,
          null, "not a JSON object");
    }
    if (id == null) {
      JsonNode c = root.get("case");
      caseText = c != null && c.isTextual() ? c.asText() : "?";
      JsonNode s = root.get("sequence");
      seq = s != null && s.canConvertToLong() ? s.asLong() : 0;
    }
    try {
      return read(root, id, sequence, caseText, seq);
    } catch (UnreadableEventException e) {
      throw e;
    } catch (GovernanceException e) {
      throw new UnreadableEventException(UnreadableEventException.UNREADABLE, caseText, seq, e,
          e.code().id());
    } catch (RuntimeException | JsonProcessingException e) {
      throw new UnreadableEventException(UnreadableEventException.UNREADABLE, caseText, seq, e,
          e.getClass().getSimpleName());
    }
  }

  /**
   * Reads a case's events.
   *
   * @param id   the case
   * @param rows the JSON rows, in sequence order from 1
   * @return the events
   * @throws UnreadableEventException naming the first row that cannot be read
   */
  public List<CaseEvent> read(CaseId id, List<String> rows) {
    List<CaseEvent> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(read(id, i + 1L, rows.get(i)));
    }
    return out;
  }

  private CaseEvent read(JsonNode root, CaseId id, long sequence, String caseText, long seq)
      throws JsonProcessingException {
    Fields f = new Fields(root, caseText, seq);
    int schema = f.integer("schema");
    if (schema != SCHEMA_VERSION) {
      throw new UnreadableEventException(UnreadableEventException.SCHEMA_VERSION, caseText,
          seq, null, schema, SCHEMA_VERSION);
    }
    CaseId caseId = CaseId.of(f.text("case"));
    long eventSequence = f.integer("sequence");
    if (id != null && (!caseId.equals(id) || eventSequence != sequence)) {
      throw f.bad("the JSON names event " + eventSequence + " of another case or position");
    }
    String workflowName = f.text("workflow");
    int version = f.integer("workflowVersion");
    Workflow workflow = workflows.get(workflowName);
    if (workflow == null) {
      throw new UnreadableEventException(UnreadableEventException.UNKNOWN_WORKFLOW, caseText,
          seq, null, workflowName, new TreeSet<>(workflows.keySet()));
    }
    if (version > workflow.version()) {
      throw new UnreadableEventException(UnreadableEventException.LATER_VERSION, caseText, seq,
          null, version, workflowName, workflow.version());
    }
    Instant at = Instant.parse(f.text("at"));
    CaseEvent.Restore r = CaseEvent.restore(caseId, eventSequence, at)
        .workflow(workflowName, version)
        .command(command(f.object("command"), workflowName, version));
    if (root.has("from")) {
      r.from(state(f, f.text("from"), workflow, version));
    }
    r.to(state(f, f.text("to"), workflow, version), StateKind.valueOf(f.text("toKind")));
    Set<EventTag> tags = EnumSet.noneOf(EventTag.class);
    for (JsonNode t : f.array("tags")) {
      tags.add(EventTag.valueOf(t.asText()));
    }
    r.tags(tags);
    r.handling(handling(f.object("handling")));
    List<String> clocks = new ArrayList<>();
    for (JsonNode c : f.array("clocks")) {
      clocks.add(c.asText());
    }
    r.clocks(clocks);
    f.object("deadlines");
    for (Map.Entry<String, JsonNode> e : root.get("deadlines").properties()) {
      r.deadline(e.getKey(), mapper.treeToValue(e.getValue(), Deadline.class));
    }
    if (root.has("deadlineChanges")) {
      List<DeadlineChange> changes = new ArrayList<>();
      for (JsonNode c : f.array("deadlineChanges")) {
        Fields cf = f.nested(c);
        changes.add(new DeadlineChange(cf.text("clock"),
            mapper.treeToValue(cf.node("before"), Deadline.class),
            mapper.treeToValue(cf.node("after"), Deadline.class)));
      }
      r.deadlineChanges(changes);
    }
    return r.build();
  }

  private StateName state(Fields f, String written, Workflow workflow, int version) {
    String name = renamed(stateRenames, workflow.name(), version, written);
    return workflow.state(name).orElseThrow(() -> f.bad("state '" + name
        + "' is not in workflow '" + workflow.name() + "' version " + workflow.version()
        + " (declare a renaming)")).name();
  }

  private static String renamed(Map<String, List<Renaming>> renames, String workflow,
      int version, String written) {
    String name = written;
    for (Renaming r : renames.getOrDefault(workflow, List.of())) {
      if (version < r.since && r.from.equals(name)) {
        name = r.to;
      }
    }
    return name;
  }

  private Command command(Fields f, String workflow, int version)
      throws JsonProcessingException {
    Fields actorFields = f.object("actor");
    Actor actor = Actor.of(actorFields.text("id"), Role.of(actorFields.text("role")));
    String name = renamed(commandRenames, workflow, version, f.text("name"));
    Command c = f.has("registration")
        ? Command.register(actor, registration(f.object("registration")))
        : Command.of(CommandName.of(name), actor);
    if (f.has("registration") && !name.equals(CommandName.REGISTER.value())) {
      throw f.bad("a registration on command '" + name + "'");
    }
    if (f.has("idempotencyKey")) {
      c = c.withIdempotencyKey(f.text("idempotencyKey"));
    }
    if (f.has("handler")) {
      c = c.withHandler(f.text("handler"));
    }
    if (f.has("reason")) {
      c = c.withReason(f.text("reason"));
    }
    if (f.has("rating")) {
      c = c.withRating(Rating.valueOf(f.text("rating")));
    }
    if (f.has("tier")) {
      c = c.withTier(Tier.valueOf(f.text("tier")));
    }
    // the fields below came with workflow version 2 of the standard workflows; events
    // written before have none of them and read as before
    if (f.has("replyOutcome")) {
      c = c.withReplyOutcome(ReplyOutcome.valueOf(f.text("replyOutcome")));
    }
    if (f.has("riskLevel")) {
      c = c.withRiskLevel(RiskLevel.valueOf(f.text("riskLevel")));
    }
    if (f.has("procedure")) {
      c = c.withProcedure(Procedure.valueOf(f.text("procedure")));
    }
    if (f.has("extension")) {
      Fields e = f.object("extension");
      Extension x = Extension.full();
      if (e.has("length")) {
        Fields l = e.object("length");
        x = Extension.of(new DeadlinePolicy(l.integer("amount"),
            PeriodUnit.valueOf(l.text("unit"))));
      }
      List<PartyRole> consent = new ArrayList<>();
      for (JsonNode r : e.array("consent")) {
        consent.add(PartyRole.valueOf(r.asText()));
      }
      c = c.withExtension(x.withConsentOf(consent.toArray(new PartyRole[0])));
    }
    if (f.has("expert")) {
      c = c.withExpert(expert(f.object("expert")));
    }
    return c;
  }

  private Registration registration(Fields f) throws JsonProcessingException {
    Registration r = Registration.of(CaseType.valueOf(f.text("type")),
        mapper.treeToValue(f.node("category"), CaseCategory.class),
        DivisionCode.parse(f.text("division")));
    if (f.has("grid")) {
      r = r.withGrid(mapper.treeToValue(f.node("grid"), GridCode.class));
    }
    if (f.has("location")) {
      r = r.withLocation(mapper.treeToValue(f.node("location"), GeoPoint.class));
    }
    if (f.has("parties")) {
      List<Party> parties = new ArrayList<>();
      for (JsonNode p : f.array("parties")) {
        parties.add(mapper.treeToValue(p, Party.class));
      }
      r = r.withParties(parties);
    }
    r = r.withTier(Tier.valueOf(f.text("tier")))
        .withEscalationLevel(EscalationLevel.valueOf(f.text("escalationLevel")));
    if (f.has("repeatOf")) {
      r = r.withRepeatOf(CaseId.of(f.text("repeatOf")));
    }
    int visits = f.integer("personVisits");
    return visits == r.personVisits() ? r : r.withPersonVisits(visits);
  }

  private static Handling handling(Fields f) {
    Handling h = Handling.of(EscalationLevel.valueOf(f.text("escalationLevel")),
            Tier.valueOf(f.text("tier")))
        .withCounts(f.integer("extensions"), f.integer("returns"), f.integer("reopenings"),
            f.integer("supervisions"), f.integer("escalations"));
    if (f.has("handler")) {
      h = h.withHandler(f.text("handler"));
    }
    if (f.has("rating")) {
      h = h.withRating(Rating.valueOf(f.text("rating")));
    }
    if (f.has("experts")) {
      List<ExpertField> experts = new ArrayList<>();
      for (JsonNode x : f.array("experts")) {
        experts.add(expert(f.nested(x)));
      }
      h = h.withExperts(experts);
    }
    return h;
  }

  /** Typed access to an object's fields; a missing or mistyped one names the case. */
  private static final class Fields {
    private final JsonNode node;
    private final String caseText;
    private final long seq;

    Fields(JsonNode node, String caseText, long seq) {
      this.node = node;
      this.caseText = caseText;
      this.seq = seq;
    }

    UnreadableEventException bad(String why) {
      return new UnreadableEventException(UnreadableEventException.UNREADABLE, caseText, seq,
          null, why);
    }

    boolean has(String name) {
      JsonNode n = node.get(name);
      return n != null && !n.isNull();
    }

    JsonNode node(String name) {
      JsonNode n = node.get(name);
      if (n == null || n.isNull()) {
        throw bad("field '" + name + "' is missing");
      }
      return n;
    }

    String text(String name) {
      JsonNode n = node(name);
      if (!n.isTextual()) {
        throw bad("field '" + name + "' is not a string");
      }
      return n.asText();
    }

    int integer(String name) {
      JsonNode n = node(name);
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        throw bad("field '" + name + "' is not an integer");
      }
      return n.asInt();
    }

    Fields object(String name) {
      JsonNode n = node(name);
      if (!n.isObject()) {
        throw bad("field '" + name + "' is not an object");
      }
      return nested(n);
    }

    Iterable<JsonNode> array(String name) {
      JsonNode n = node(name);
      if (!n.isArray()) {
        throw bad("field '" + name + "' is not an array");
      }
      return n;
    }

    Fields nested(JsonNode n) {
      if (!n.isObject()) {
        throw bad("an object was expected");
      }
      return new Fields(n, caseText, seq);
    }
  }

  /** Builds a {@link CaseEventJson}; the renamings are checked by {@link #build()}. */
  public static final class Builder {
    private GovernanceModule module = GovernanceModule.forTrustedStorage();
    private final Map<String, Workflow> workflows = new LinkedHashMap<>();
    private final Map<String, List<Renaming>> commandRenames = new HashMap<>();
    private final Map<String, List<Renaming>> stateRenames = new HashMap<>();

    private Builder() {}

    /**
     * The Jackson module for core values (a vendor's category taxonomy, say); it must reveal
     * personal data, since events are stored to be read again.
     *
     * @param trusted a module built with {@link GovernanceModule.Builder#revealPersonalData()}
     * @return this builder
     */
    public Builder module(GovernanceModule trusted) {
      this.module = Objects.requireNonNull(trusted, "trusted");
      return this;
    }

    /**
     * A workflow whose events are read (its current version).
     *
     * @param workflow the workflow
     * @return this builder
     */
    public Builder workflow(Workflow workflow) {
      if (workflows.putIfAbsent(workflow.name(), workflow) != null) {
        throw new InvalidValueException(CaseErrors.DEFINITION, workflow.name(),
            "given twice to the event reader");
      }
      return this;
    }

    /**
     * Declares that a command was renamed in a version of a workflow: events written by
     * earlier versions are read with the new name.
     *
     * @param workflow the workflow's name
     * @param since    the version that introduced the new name (from 2)
     * @param oldName  the name events of earlier versions carry
     * @param newName  the name in the workflow now
     * @return this builder
     */
    public Builder renamedCommand(String workflow, int since, String oldName, String newName) {
      commandRenames.computeIfAbsent(workflow, k -> new ArrayList<>())
          .add(new Renaming(since, oldName, newName));
      return this;
    }

    /**
     * Declares that a state was renamed in a version of a workflow.
     *
     * @param workflow the workflow's name
     * @param since    the version that introduced the new name (from 2)
     * @param oldName  the name events of earlier versions carry
     * @param newName  the name in the workflow now
     * @return this builder
     */
    public Builder renamedState(String workflow, int since, String oldName, String newName) {
      stateRenames.computeIfAbsent(workflow, k -> new ArrayList<>())
          .add(new Renaming(since, oldName, newName));
      return this;
    }

    /**
     * Checks the renamings against the workflows and makes the codec.
     *
     * @return the codec
     * @throws InvalidValueException {@code workflow.definition} naming a renaming of an unknown
     *     workflow, a version outside 2 to the workflow's, a new name the workflow lacks, or an
     *     old name the workflow still uses; or a module that masks personal data
     */
    public CaseEventJson build() {
      if (!module.revealsPersonalData()) {
        throw new InvalidValueException(CaseErrors.DEFINITION, "event JSON",
            "the module masks personal data: stored events could not be read back");
      }
      check(commandRenames, "command", (w, n) -> w.commands().stream()
          .anyMatch(c -> c.value().equals(n)));
      check(stateRenames, "state", (w, n) -> w.state(n).isPresent());
      return new CaseEventJson(this);
    }

    private void check(Map<String, List<Renaming>> renames, String what,
        java.util.function.BiPredicate<Workflow, String> has) {
      for (Map.Entry<String, List<Renaming>> e : renames.entrySet()) {
        Workflow w = workflows.get(e.getKey());
        if (w == null) {
          throw new InvalidValueException(CaseErrors.DEFINITION, e.getKey(),
              "a " + what + " renaming of a workflow not given to the event reader");
        }
        for (Renaming r : e.getValue()) {
          if (r.since < 2 || r.since > w.version()) {
            throw new InvalidValueException(CaseErrors.DEFINITION, w.name(), "the " + what
                + " renaming '" + r.from + "' -> '" + r.to + "' since version " + r.since
                + " is outside versions 2 to " + w.version());
          }
          if (!has.test(w, r.to)) {
            throw new InvalidValueException(CaseErrors.DEFINITION, w.name(), "the " + what
                + " renaming '" + r.from + "' -> '" + r.to + "' names a " + what
                + " the workflow does not have");
          }
          if (has.test(w, r.from)) {
            throw new InvalidValueException(CaseErrors.DEFINITION, w.name(), "the " + what
                + " renaming '" + r.from + "' -> '" + r.to + "': the workflow still has '"
                + r.from + "'");
          }
        }
      }
    }
  }
}
