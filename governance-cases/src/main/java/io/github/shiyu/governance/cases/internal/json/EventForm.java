package io.github.shiyu.governance.cases.internal.json;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.DeadlineChange;
import io.github.shiyu.governance.cases.EventTag;
import io.github.shiyu.governance.cases.Extension;
import io.github.shiyu.governance.cases.Handling;
import io.github.shiyu.governance.cases.Procedure;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.ReplyOutcome;
import io.github.shiyu.governance.cases.RiskLevel;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.StateKind;
import io.github.shiyu.governance.cases.StateName;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.grid.GridCode;
import io.github.shiyu.governance.core.internal.json.CoreForms;
import io.github.shiyu.governance.core.internal.json.FormSink;
import io.github.shiyu.governance.core.internal.json.PersonalText;
import io.github.shiyu.governance.core.org.EscalationLevel;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.time.Deadline;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * The stored JSON form of a {@link CaseEvent} (schema version 1), free of any JSON library:
 * both Jackson modules' {@code CaseEventJson} write it through a {@link FormSink} and read it
 * from a plain Java tree ({@code Map}, {@code List}, {@code String}, {@code Number},
 * {@code Boolean}), so that their rows are the same bytes and their errors the same errors.
 * Values of core types inside an event are read back through the module's mapper
 * ({@link Values}), with its taxonomy.
 */
public final class EventForm {

  /** The schema version written (and the only one read). */
  public static final int SCHEMA_VERSION = 1;

  /** The JSON is not an event: not JSON, truncated, a field missing or malformed. */
  public static final ErrorCode UNREADABLE = ErrorCode.of("event.unreadable",
      "event {1} of case {0} cannot be read: {2}", "事项{0}的第{1}条事件无法读取：{2}");
  /** The event was written in a schema version this reader does not know. */
  public static final ErrorCode SCHEMA = ErrorCode.of("event.schema_version",
      "event {1} of case {0} has schema version {2}; this reader knows {3}",
      "事项{0}的第{1}条事件的格式版本为{2}，本程序只识别{3}");
  /** The event belongs to a workflow the reader was not given. */
  public static final ErrorCode UNKNOWN_WORKFLOW = ErrorCode.of("event.unknown_workflow",
      "event {1} of case {0} belongs to workflow ''{2}'', which is not among {3}",
      "事项{0}的第{1}条事件属于流程“{2}”，不在{3}之中");
  /** The event was written by a later version of its workflow than the reader's. */
  public static final ErrorCode LATER_VERSION = ErrorCode.of("event.later_workflow_version",
      "event {1} of case {0} was written by version {2} of workflow ''{3}''; this reader has"
          + " version {4}",
      "事项{0}的第{1}条事件由流程“{3}”的第{2}版写入，本程序只有第{4}版");

  /** Events are stored to be read again: full personal data (the policy is never used). */
  private static final PersonalText FULL = new PersonalText(MaskingPolicy.defaults(), true);

  /**
   * How a module reads a core value (a deadline, a party, a grid code) from a plain tree,
   * through its own mapper.
   */
  @FunctionalInterface
  public interface Values {
    /**
     * Reads a value.
     *
     * @param <T>  the type
     * @param tree the value's plain tree
     * @param type the type
     * @return the value
     * @throws Exception the mapper's, for a bad value
     */
    <T> T read(Object tree, Class<T> type) throws Exception;
  }

  /** How a module makes its {@code UnreadableEventException}. */
  @FunctionalInterface
  public interface Unreadable {
    /**
     * Makes the exception.
     *
     * @param code     one of this class's codes
     * @param caseId   the case, as the store or the JSON named it
     * @param sequence the sequence, as the store or the JSON named it
     * @param cause    the cause, or null
     * @param more     the message's arguments after the case and the sequence
     * @return the exception
     */
    GovernanceException of(ErrorCode code, String caseId, long sequence, Throwable cause,
        Object... more);
  }

  private record Renaming(int since, String from, String to) {}

  private final Map<String, Workflow> workflows;
  private final Map<String, List<Renaming>> commandRenames;
  private final Map<String, List<Renaming>> stateRenames;
  private final Unreadable unreadable;

  private EventForm(Definition d, Unreadable unreadable) {
    this.workflows = Map.copyOf(d.workflows);
    this.commandRenames = copy(d.commandRenames);
    this.stateRenames = copy(d.stateRenames);
    this.unreadable = unreadable;
  }

  private static Map<String, List<Renaming>> copy(Map<String, List<Renaming>> in) {
    Map<String, List<Renaming>> out = new HashMap<>();
    in.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /**
   * The message arguments of an unreadable event: the case, the sequence, then the rest.
   *
   * @param caseId   the case
   * @param sequence the sequence
   * @param more     the rest
   * @return all arguments
   */
  public static Object[] arguments(String caseId, long sequence, Object... more) {
    Object[] all = new Object[more.length + 2];
    all[0] = caseId;
    all[1] = sequence;
    System.arraycopy(more, 0, all, 2, more.length);
    return all;
  }

  /**
   * The workflows events are read of.
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
   * @param o     the sink
   * @throws IOException from the sink
   */
  public void write(CaseEvent event, FormSink o) throws IOException {
    o.startObject();
    o.integer("schema", SCHEMA_VERSION);
    o.string("case", event.caseId().value());
    o.integer("sequence", event.sequence());
    o.string("at", event.at().toString());
    o.string("workflow", event.workflow());
    o.integer("workflowVersion", event.workflowVersion());
    o.name("command");
    command(event.request(), o);
    if (event.from().isPresent()) {
      o.string("from", event.from().get().value());
    }
    o.string("to", event.to().value());
    o.string("toKind", event.toKind().name());
    o.startArray("tags");
    for (EventTag t : new TreeSet<>(event.tags())) {
      o.string(t.name());
    }
    o.endArray();
    o.name("handling");
    handling(event.handling(), o);
    o.startArray("clocks");
    for (String c : event.clocks()) {
      o.string(c);
    }
    o.endArray();
    o.startObject("deadlines");
    for (Map.Entry<String, Deadline> e : event.deadlines().entrySet()) {
      o.name(e.getKey());
      CoreForms.write(e.getValue(), o);
    }
    o.endObject();
    if (!event.deadlineChanges().isEmpty()) {
      o.startArray("deadlineChanges");
      for (DeadlineChange c : event.deadlineChanges()) {
        o.startObject();
        o.string("clock", c.clock());
        o.name("before");
        CoreForms.write(c.before(), o);
        o.name("after");
        CoreForms.write(c.after(), o);
        o.endObject();
      }
      o.endArray();
    }
    o.endObject();
  }

  private static void command(Command c, FormSink o) throws IOException {
    o.startObject();
    o.string("name", c.name().value());
    o.startObject("actor");
    o.string("id", c.actor().id());
    o.string("role", c.actor().role().name());
    o.endObject();
    if (c.idempotencyKey().isPresent()) {
      o.string("idempotencyKey", c.idempotencyKey().get());
    }
    if (c.handler().isPresent()) {
      o.string("handler", c.handler().get());
    }
    if (c.reason().isPresent()) {
      o.string("reason", c.reason().get());
    }
    if (c.rating().isPresent()) {
      o.string("rating", c.rating().get().name());
    }
    if (c.tier().isPresent()) {
      o.string("tier", c.tier().get().name());
    }
    if (c.replyOutcome().isPresent()) {
      o.string("replyOutcome", c.replyOutcome().get().name());
    }
    if (c.riskLevel().isPresent()) {
      o.string("riskLevel", c.riskLevel().get().name());
    }
    if (c.procedure().isPresent()) {
      o.string("procedure", c.procedure().get().name());
    }
    if (c.extension().isPresent()) {
      extension(c.extension().get(), o);
    }
    if (c.expert().isPresent()) {
      o.name("expert");
      expert(c.expert().get(), o);
    }
    if (c.registration().isPresent()) {
      o.name("registration");
      registration(c.registration().get(), o);
    }
    o.endObject();
  }

  private static void extension(Extension x, FormSink o) throws IOException {
    o.startObject("extension");
    if (x.length().isPresent()) {
      o.startObject("length");
      o.integer("amount", x.length().get().amount());
      o.string("unit", x.length().get().unit().name());
      o.endObject();
    }
    // sorted, so that the same consent is the same bytes whatever order it was given in
    o.startArray("consent");
    for (PartyRole r : new TreeSet<>(x.consentedBy())) {
      o.string(r.name());
    }
    o.endArray();
    o.endObject();
  }

  private static void registration(Registration r, FormSink o) throws IOException {
    o.startObject();
    o.string("type", r.type().name());
    // A category is stored by its code; reading it back goes through the module's taxonomy.
    o.string("category", r.category().code());
    o.string("division", r.division().toString());
    if (r.grid().isPresent()) {
      o.string("grid", r.grid().get().value());
    }
    if (r.location().isPresent()) {
      o.name("location");
      CoreForms.write(r.location().get(), o);
    }
    if (!r.parties().isEmpty()) {
      o.startArray("parties");
      for (Party p : r.parties()) {
        CoreForms.write(p, FULL, o);
      }
      o.endArray();
    }
    o.string("tier", r.tier().name());
    o.string("escalationLevel", r.escalationLevel().name());
    if (r.repeatOf().isPresent()) {
      o.string("repeatOf", r.repeatOf().get().value());
    }
    o.integer("personVisits", r.personVisits());
    o.endObject();
  }

  private static void handling(Handling h, FormSink o) throws IOException {
    o.startObject();
    if (h.handler().isPresent()) {
      o.string("handler", h.handler().get());
    }
    o.string("escalationLevel", h.escalationLevel().name());
    o.string("tier", h.tier().name());
    if (h.rating().isPresent()) {
      o.string("rating", h.rating().get().name());
    }
    o.integer("extensions", h.extensions());
    o.integer("returns", h.returns());
    o.integer("reopenings", h.reopenings());
    o.integer("supervisions", h.supervisions());
    o.integer("escalations", h.escalations());
    // written only when present, so events without experts keep their bytes
    if (!h.experts().isEmpty()) {
      o.startArray("experts");
      for (ExpertField x : h.experts()) {
        expert(x, o);
      }
      o.endArray();
    }
    o.endObject();
  }

  /** The names go with the code: a county's own field has no constant to find them in. */
  private static void expert(ExpertField field, FormSink o) throws IOException {
    o.startObject();
    o.string("code", field.code());
    o.string("chineseName", field.chineseName());
    o.string("englishName", field.englishName());
    o.endObject();
  }

  private static ExpertField expert(Fields f) {
    return ExpertField.of(f.text("code"), f.text("chineseName"), f.text("englishName"));
  }

  /** How a module parses a row into a plain tree. */
  public interface Parser {
    /**
     * Parses the row.
     *
     * @param json the row
     * @return its plain tree
     * @throws Exception the parser's, for JSON that is not well formed
     */
    Object parse(String json) throws Exception;

    /**
     * The parser's description of what was wrong.
     *
     * @param e what {@link #parse} threw
     * @return the description, without the document's text if the parser can leave it out
     */
    String problem(Exception e);
  }

  /**
   * Reads a row.
   *
   * @param json     the row as written
   * @param id       the case the row is stored under, or null to take it from the JSON
   * @param sequence the sequence it is stored under (unused when {@code id} is null)
   * @param parser   the module's parser
   * @param values   the module's reader of core values
   * @return the event
   * @throws GovernanceException the module's {@code UnreadableEventException}
   */
  public CaseEvent read(String json, CaseId id, long sequence, Parser parser, Values values) {
    Objects.requireNonNull(json, "json");
    Object tree;
    try {
      tree = json.isBlank() ? null : parser.parse(json);
    } catch (Exception e) {
      throw unreadable.of(UNREADABLE, id == null ? "?" : id.value(), sequence, null,
          "not JSON or truncated (" + parser.problem(e).split("\n", 2)[0]
              .replaceAll("'[^']*'", "'…'") + ")");
    }
    return read(tree, id, sequence, values);
  }

  private CaseEvent read(Object tree, CaseId id, long sequence, Values values) {
    String caseText = id == null ? "?" : id.value();
    long seq = sequence;
    if (!(tree instanceof Map<?, ?> root)) {
      throw unreadable.of(UNREADABLE, caseText, seq, null, "not a JSON object");
    }
    if (id == null) {
      caseText = root.get("case") instanceof String c ? c : "?";
      seq = root.get("sequence") instanceof Number s && fitsLong(s) ? s.longValue() : 0;
    }
    try {
      return read(root, id, sequence, new Fields(root, caseText, seq), values);
    } catch (GovernanceException e) {
      if (e.code() == UNREADABLE || e.code() == SCHEMA || e.code() == UNKNOWN_WORKFLOW
          || e.code() == LATER_VERSION) {
        throw e;
      }
      throw unreadable.of(UNREADABLE, caseText, seq, e, e.code().id());
    } catch (Exception e) {
      throw unreadable.of(UNREADABLE, caseText, seq, e, e.getClass().getSimpleName());
    }
  }

  /**
   * Reads a case's rows, in sequence order from 1.
   *
   * @param id   the case
   * @param rows the rows
   * @param read reads one row stored under the case and a sequence
   * @return the events
   */
  public static List<CaseEvent> readAll(CaseId id, List<String> rows, RowReader read) {
    List<CaseEvent> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(read.read(id, i + 1L, rows.get(i)));
    }
    return out;
  }

  /** Reads one row stored under a case and a sequence. */
  @FunctionalInterface
  public interface RowReader {
    /**
     * Reads the row.
     *
     * @param id       the case
     * @param sequence the sequence
     * @param json     the row
     * @return the event
     */
    CaseEvent read(CaseId id, long sequence, String json);
  }

  private static boolean fitsLong(Number n) {
    return n instanceof Integer || n instanceof Long
        || (n instanceof BigInteger b && b.bitLength() < Long.SIZE)
        || (!(n instanceof BigInteger) && n.doubleValue() >= Long.MIN_VALUE
            && n.doubleValue() <= Long.MAX_VALUE);
  }

  private CaseEvent read(Map<?, ?> root, CaseId id, long sequence, Fields f, Values values)
      throws Exception {
    int schema = f.integer("schema");
    if (schema != SCHEMA_VERSION) {
      throw unreadable.of(SCHEMA, f.caseText, f.seq, null, schema, SCHEMA_VERSION);
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
      throw unreadable.of(UNKNOWN_WORKFLOW, f.caseText, f.seq, null, workflowName,
          new TreeSet<>(workflows.keySet()));
    }
    if (version > workflow.version()) {
      throw unreadable.of(LATER_VERSION, f.caseText, f.seq, null, version, workflowName,
          workflow.version());
    }
    Instant at = Instant.parse(f.text("at"));
    CaseEvent.Restore r = CaseEvent.restore(caseId, eventSequence, at)
        .workflow(workflowName, version)
        .command(command(f.object("command"), workflowName, version, values));
    if (root.containsKey("from")) {
      r.from(state(f, f.text("from"), workflow, version));
    }
    r.to(state(f, f.text("to"), workflow, version), StateKind.valueOf(f.text("toKind")));
    Set<EventTag> tags = EnumSet.noneOf(EventTag.class);
    for (Object t : f.array("tags")) {
      tags.add(EventTag.valueOf(asText(t)));
    }
    r.tags(tags);
    r.handling(handling(f.object("handling")));
    List<String> clocks = new ArrayList<>();
    for (Object c : f.array("clocks")) {
      clocks.add(asText(c));
    }
    r.clocks(clocks);
    f.object("deadlines");
    for (Map.Entry<?, ?> e : ((Map<?, ?>) root.get("deadlines")).entrySet()) {
      r.deadline((String) e.getKey(), values.read(e.getValue(), Deadline.class));
    }
    if (root.containsKey("deadlineChanges")) {
      List<DeadlineChange> changes = new ArrayList<>();
      for (Object c : f.array("deadlineChanges")) {
        Fields cf = f.nested(c);
        changes.add(new DeadlineChange(cf.text("clock"),
            values.read(cf.node("before"), Deadline.class),
            values.read(cf.node("after"), Deadline.class)));
      }
      r.deadlineChanges(changes);
    }
    return r.build();
  }

  /** What Jackson's {@code asText()} gives for a scalar; a container has no text. */
  private static String asText(Object node) {
    return node instanceof Map || node instanceof List ? "" : String.valueOf(node);
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

  private Command command(Fields f, String workflow, int version, Values values)
      throws Exception {
    Fields actorFields = f.object("actor");
    Actor actor = Actor.of(actorFields.text("id"), Role.of(actorFields.text("role")));
    String name = renamed(commandRenames, workflow, version, f.text("name"));
    Command c = f.has("registration")
        ? Command.register(actor, registration(f.object("registration"), values))
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
      c = c.withExtension(extension(f.object("extension")));
    }
    // an expert joining a case (workflow version 3 of the mediation workflows)
    if (f.has("expert")) {
      c = c.withExpert(expert(f.object("expert")));
    }
    return c;
  }

  private static Extension extension(Fields f) {
    Extension x = Extension.full();
    if (f.has("length")) {
      Fields l = f.object("length");
      x = Extension.of(new DeadlinePolicy(l.integer("amount"),
          PeriodUnit.valueOf(l.text("unit"))));
    }
    List<PartyRole> consent = new ArrayList<>();
    for (Object r : f.array("consent")) {
      consent.add(PartyRole.valueOf(asText(r)));
    }
    return x.withConsentOf(consent.toArray(new PartyRole[0]));
  }

  private static Registration registration(Fields f, Values values) throws Exception {
    Registration r = Registration.of(CaseType.valueOf(f.text("type")),
        values.read(f.node("category"), CaseCategory.class),
        DivisionCode.parse(f.text("division")));
    if (f.has("grid")) {
      r = r.withGrid(values.read(f.node("grid"), GridCode.class));
    }
    if (f.has("location")) {
      r = r.withLocation(values.read(f.node("location"), GeoPoint.class));
    }
    if (f.has("parties")) {
      List<Party> parties = new ArrayList<>();
      for (Object p : f.array("parties")) {
        parties.add(values.read(p, Party.class));
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
      for (Object x : f.array("experts")) {
        experts.add(expert(f.nested(x)));
      }
      h = h.withExperts(experts);
    }
    return h;
  }

  /** Typed access to an object's fields; a missing or mistyped one names the case. */
  private final class Fields {
    private final Map<?, ?> node;
    private final String caseText;
    private final long seq;

    Fields(Map<?, ?> node, String caseText, long seq) {
      this.node = node;
      this.caseText = caseText;
      this.seq = seq;
    }

    GovernanceException bad(String why) {
      return unreadable.of(UNREADABLE, caseText, seq, null, why);
    }

    boolean has(String name) {
      return node.get(name) != null;
    }

    Object node(String name) {
      Object n = node.get(name);
      if (n == null) {
        throw bad("field '" + name + "' is missing");
      }
      return n;
    }

    String text(String name) {
      if (!(node(name) instanceof String s)) {
        throw bad("field '" + name + "' is not a string");
      }
      return s;
    }

    int integer(String name) {
      Object n = node(name);
      if (n instanceof Integer i) {
        return i;
      }
      if (n instanceof Long l && l == l.intValue()) {
        return l.intValue();
      }
      if (n instanceof BigInteger b && b.bitLength() < Integer.SIZE) {
        return b.intValue();
      }
      throw bad("field '" + name + "' is not an integer");
    }

    Fields object(String name) {
      if (!(node(name) instanceof Map<?, ?> m)) {
        throw bad("field '" + name + "' is not an object");
      }
      return new Fields(m, caseText, seq);
    }

    List<?> array(String name) {
      if (!(node(name) instanceof List<?> l)) {
        throw bad("field '" + name + "' is not an array");
      }
      return l;
    }

    Fields nested(Object n) {
      if (!(n instanceof Map<?, ?> m)) {
        throw bad("an object was expected");
      }
      return new Fields(m, caseText, seq);
    }
  }

  /**
   * The workflows and renamings a reader knows, checked by {@link #build}.
   */
  public static final class Definition {
    private final Map<String, Workflow> workflows = new LinkedHashMap<>();
    private final Map<String, List<Renaming>> commandRenames = new HashMap<>();
    private final Map<String, List<Renaming>> stateRenames = new HashMap<>();

    /**
     * Adds a workflow.
     *
     * @param workflow the workflow
     * @throws InvalidValueException if one of its name was given before
     */
    public void workflow(Workflow workflow) {
      if (workflows.putIfAbsent(workflow.name(), workflow) != null) {
        throw new InvalidValueException(CaseErrors.DEFINITION, workflow.name(),
            "given twice to the event reader");
      }
    }

    /**
     * Adds a command renaming.
     *
     * @param workflow the workflow's name
     * @param since    the version that introduced the new name
     * @param oldName  the earlier name
     * @param newName  the name now
     */
    public void renamedCommand(String workflow, int since, String oldName, String newName) {
      commandRenames.computeIfAbsent(workflow, k -> new ArrayList<>())
          .add(new Renaming(since, oldName, newName));
    }

    /**
     * Adds a state renaming.
     *
     * @param workflow the workflow's name
     * @param since    the version that introduced the new name
     * @param oldName  the earlier name
     * @param newName  the name now
     */
    public void renamedState(String workflow, int since, String oldName, String newName) {
      stateRenames.computeIfAbsent(workflow, k -> new ArrayList<>())
          .add(new Renaming(since, oldName, newName));
    }

    /**
     * Checks the renamings against the workflows.
     *
     * @param unreadable the module's exception for unreadable events
     * @return the form
     * @throws InvalidValueException {@code workflow.definition} naming the renaming at fault
     */
    public EventForm build(Unreadable unreadable) {
      check(commandRenames, "command", (w, n) -> w.commands().stream()
          .anyMatch(c -> c.value().equals(n)));
      check(stateRenames, "state", (w, n) -> w.state(n).isPresent());
      return new EventForm(this, unreadable);
    }

    private void check(Map<String, List<Renaming>> renames, String what,
        BiPredicate<Workflow, String> has) {
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
