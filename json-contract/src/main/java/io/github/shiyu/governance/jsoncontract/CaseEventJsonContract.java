package io.github.shiyu.governance.jsoncontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.CommandName;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Extension;
import io.github.shiyu.governance.cases.Procedure;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.ReplyOutcome;
import io.github.shiyu.governance.cases.RiskLevel;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.PetitionWorkflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.jsoncontract.JsonBinding.Events;
import io.github.shiyu.governance.jsoncontract.JsonBinding.Unreadable;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.org.ExpertField;
import io.github.shiyu.governance.core.org.Tier;
import io.github.shiyu.governance.core.party.PartyRole;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The event JSON round trip over generated histories of every standard workflow, through a
 * {@link JsonBinding}: one suite for both Jackson modules. The command generator is a copy,
 * trimmed, of governance-cases' WorkflowModelPropertiesTest (test helpers are not shared
 * across modules).
 */
// Test code only: QuickTheories and the bindings sit in the unnamed module.
@SuppressWarnings("exports")
public abstract class CaseEventJsonContract {

  /** A category per standard workflow. */
  public static final Map<String, String> CATEGORIES = Map.of("dispute-mediation", "dispute.neighbour",
      "petition", "dispute.land_requisition_demolition", "work-order", "hotline.complaint",
      "pre-litigation-mediation", "dispute.contract", "grid-incident", "citymgmt.event",
      "petition-proxy", "dispute.labour");
  private static final Role[] ROLES = {Role.CITIZEN, Role.GRID_WORKER, Role.OPERATIONS_CENTER,
      Role.GOVERNANCE_CENTER, Role.DEPARTMENT, Role.MEDIATOR, Role.LEAD_OFFICIAL,
      Role.PETITION_OFFICE, Role.HEAD_OF_BODY, Role.SUPERVISOR, Role.COURT, Role.SYSTEM,
      Role.PETITION_PROXY};
  private static final long FROM = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2023-06-30T00:00:00Z").getEpochSecond();
  /** The village cases are registered in. */
  public static final DivisionCode VILLAGE = DivisionCode.parse("420602003012");
  private static final ExpertField[] FIELDS = {ExpertField.PSYCHOLOGY,
      ExpertField.LEGAL_CONSULTATION, ExpertField.LAWYER,
      ExpertField.of("accounting", "会计", "accounting")};

  private final JsonBinding binding = binding();
  private final Events json = binding.events(StandardWorkflows.all());

  /**
   * The module under test.
   *
   * @return its binding
   */
  protected abstract JsonBinding binding();

  @Test
  public void roundTripOfGeneratedHistoriesOfEveryStandardWorkflow() {
    for (Workflow w : StandardWorkflows.all()) {
      qt().withExamples(150).forAll(longs().between(FROM, TO),
              lists().of(integers().all()).ofSizeBetween(0, 40))
          .checkAssert((start, seeds) -> {
            List<CaseEvent> events = history(w, "case-1", Instant.ofEpochSecond(start), seeds);
            List<String> rows = events.stream().map(json::write).toList();
            List<CaseEvent> back = json.read(CaseId.of("case-1"), rows);
            assertThat(back).isEqualTo(events);
            assertThat(Case.replay(back)).isEqualTo(Case.replay(events));
            for (int i = 0; i < rows.size(); i++) {
              assertThat(json.write(back.get(i))).isEqualTo(rows.get(i));
            }
          });
    }
  }

  /**
   * A generated history: mostly permitted commands with their data, time passing.
   *
   * @param w     the workflow
   * @param id    the case
   * @param start the registration instant
   * @param seeds the commands' seeds
   * @return the events
   */
  public static List<CaseEvent> history(Workflow w, String id, Instant start, List<Integer> seeds) {
    Role registrar = w.transitions().get(0).roles().get(0);
    Decision first = w.register(CaseId.of(id), Command.register(as(registrar),
        Registration.of(w.type(), CategoryTaxonomy.standard().require(CATEGORIES.get(w.name())), VILLAGE))
        .withIdempotencyKey(id + "-register"), start);
    List<CaseEvent> events = new ArrayList<>();
    Case kase = Case.start(first.event());
    events.add(first.event());
    Instant now = start;
    int n = 0;
    for (int seed : seeds) {
      int v = (seed >>> 16) & 0xFF;
      now = now.plus(v < 128 ? Duration.ofMinutes(v * 3L) : Duration.ofHours((v - 128) * 4L));
      Command c = command(w, kase, seed);
      if (c == null) {
        continue;
      }
      if ((seed & 0x10) != 0) {
        c = c.withIdempotencyKey(id + "-" + n++);
      }
      Decision d = w.decide(kase, c, now);
      if (d instanceof CaseEvent e) {
        kase = kase.apply(e);
        events.add(e);
      }
    }
    return events;
  }

  /**
   * An actor of a role.
   *
   * @param role the role
   * @return the actor
   */
  public static Actor as(Role role) {
    return role == Role.SYSTEM ? Actor.system()
        : Actor.of(role.name().toLowerCase(Locale.ROOT) + "-1", role);
  }

  private static Command command(Workflow w, Case kase, int seed) {
    List<Role> able = new ArrayList<>();
    for (Role r : ROLES) {
      if (!w.permitted(kase.state(), r).isEmpty()) {
        able.add(r);
      }
    }
    if (able.isEmpty()) {
      return null;
    }
    Role role = able.get(((seed >>> 4) & 0xF) % able.size());
    List<CommandName> names = w.permitted(kase.state(), role);
    int flags = seed >>> 24;
    Command c = Command.of(names.get(((seed >>> 8) & 0xFF) % names.size()), as(role))
        .withReason("reason " + flags).withHandler("dept-" + flags % 3)
        .withRating(Rating.values()[flags % 3]).withTier(Tier.values()[(flags >>> 2) % 3])
        .withReplyOutcome(ReplyOutcome.values()[flags % 3])
        .withRiskLevel(RiskLevel.values()[(flags >>> 1) % 3])
        .withProcedure(Procedure.values()[flags % 2])
        .withExpert(FIELDS[(flags >>> 4) % FIELDS.length]);
    Extension x = (flags & 4) == 0 ? Extension.full()
        : Extension.of(DeadlinePolicy.calendarDays(1 + flags % 30));
    return c.withExtension((flags & 8) == 0 ? x
        : x.withConsentOf(PartyRole.APPLICANT, PartyRole.RESPONDENT));
  }

  @Test
  public void eventsWrittenByVersion1OfTheStandardWorkflowsAreStillRead() {
    Workflow petition = PetitionWorkflow.definition();
    Instant at = Instant.parse("2025-03-03T01:00:00Z");
    List<CaseEvent> events = new ArrayList<>();
    Case kase = Case.start(petition.register(CaseId.of("P-1"), Command.register(
        as(Role.PETITION_OFFICE), Registration.of(CaseType.PETITION,
            CategoryTaxonomy.standard().require(CATEGORIES.get("petition")), VILLAGE)), at)
        .event());
    events.add(kase.lastEvent());
    for (Command c : List.of(Command.of("accept", as(Role.PETITION_OFFICE)),
        Command.of("reply", as(Role.DEPARTMENT)).withReplyOutcome(ReplyOutcome.EXPLAIN))) {
      at = at.plus(Duration.ofDays(3));
      kase = kase.apply(petition.decide(kase, c, at).event());
      events.add(kase.lastEvent());
    }
    // as version 1 wrote them: no workflow version 2, a reply without an outcome
    List<String> old = events.stream().map(json::write)
        .map(r -> r.replace("\"workflowVersion\":2", "\"workflowVersion\":1")
            .replace(",\"replyOutcome\":\"EXPLAIN\"", ""))
        .toList();
    assertThat(old.get(2)).doesNotContain("replyOutcome").contains("\"workflowVersion\":1");
    List<CaseEvent> back = json.read(CaseId.of("P-1"), old);
    assertThat(back).extracting(CaseEvent::workflowVersion).containsOnly(1);
    assertThat(back.get(2).request().replyOutcome()).isEmpty();
    Case restored = Case.replay(back);
    assertThat(restored.state().name()).isEqualTo(PetitionWorkflow.REPLIED);
    assertThat(restored.deadlines()).isEqualTo(kase.deadlines());
    // the version 2 workflow goes on deciding the restored case
    assertThat(petition.decide(restored, Command.of("requestReview", as(Role.CITIZEN)),
        at.plus(Duration.ofDays(1))).accepted()).isTrue();
  }

  @Test
  public void anExpertJoiningIsWrittenWithItsFieldAndFoldedIntoTheHandlingAndReadBack() {
    Workflow dispute = StandardWorkflows.all().stream()
        .filter(w -> w.name().equals("dispute-mediation")).findFirst().orElseThrow();
    Instant at = Instant.parse("2025-03-03T01:00:00Z");
    Case kase = Case.start(dispute.register(CaseId.of("D-9"), Command.register(
        as(Role.GRID_WORKER), Registration.of(CaseType.DISPUTE,
            CategoryTaxonomy.standard().require("dispute.marriage_family"), VILLAGE)), at)
        .event());
    List<CaseEvent> events = new ArrayList<>(List.of(kase.lastEvent()));
    for (Command c : List.of(Command.of("accept", as(Role.GOVERNANCE_CENTER)),
        Command.of("joinExpert", as(Role.MEDIATOR)).withExpert(ExpertField.PSYCHOLOGY),
        Command.of("joinExpert", as(Role.MEDIATOR)).withExpert(FIELDS[3]))) {
      at = at.plus(Duration.ofHours(3));
      kase = kase.apply(dispute.decide(kase, c, at).event());
      events.add(kase.lastEvent());
    }
    List<String> rows = events.stream().map(json::write).toList();
    assertThat(rows.get(1)).as("no expert yet: the row is as before")
        .doesNotContain("expert");
    assertThat(rows.get(2))
        .contains("\"expert\":{\"code\":\"psychology\",\"chineseName\":\"心理咨询\","
            + "\"englishName\":\"psychology\"}")
        .contains("\"tags\":[\"EXPERT_JOINED\"]")
        .contains("\"escalations\":0,\"experts\":[{\"code\":\"psychology\",");
    assertThat(rows.get(3)).contains("\"experts\":[{\"code\":\"psychology\","
        + "\"chineseName\":\"心理咨询\",\"englishName\":\"psychology\"},"
        + "{\"code\":\"accounting\",\"chineseName\":\"会计\",\"englishName\":\"accounting\"}]");
    List<CaseEvent> back = json.read(CaseId.of("D-9"), rows);
    assertThat(back).isEqualTo(events);
    assertThat(Case.replay(back).experts()).containsExactly(ExpertField.PSYCHOLOGY, FIELDS[3]);
    Unreadable twice = unreadable(() -> json.read(CaseId.of("D-9"), 4, rows.get(3)
        .replace("\"code\":\"accounting\"", "\"code\":\"psychology\"")));
    assertThat(twice.caseId()).isEqualTo("D-9");
    assertThat(twice.sequence()).isEqualTo(4);
  }

  private List<String> sample() {
    Workflow w = StandardWorkflows.all().get(0);
    return history(w, "WO-7", Instant.parse("2024-03-01T02:00:00Z"), List.of(1, 2, 3, 4))
        .stream().map(json::write).toList();
  }

  @Test
  public void truncatedOrCorruptJsonNamesTheCaseAndSequence() {
    String row = sample().get(0);
    for (String bad : List.of(row.substring(0, row.length() / 2), "", "[]", "{\"schema\":1}",
        row.replace("\"toKind\":\"OPEN\"", "\"toKind\":\"AJAR\""),
        row.replace("\"at\":\"", "\"at\":\"x"))) {
      Unreadable e = unreadable(() -> json.read(CaseId.of("WO-7"), 1, bad));
      assertThat(e.code().id()).isEqualTo("event.unreadable");
      assertThat(e.caseId()).isEqualTo("WO-7");
      assertThat(e.sequence()).isEqualTo(1);
      assertThat(e.message()).contains("WO-7");
    }
  }

  @Test
  public void unknownSchemaVersionWorkflowOrLaterVersionAreRefused() {
    String row = sample().get(0);
    assertThat(unreadable(() -> json.read(row.replace("\"schema\":1", "\"schema\":9")))
        .code().id()).isEqualTo("event.schema_version");
    String workflow = StandardWorkflows.all().get(0).name();
    Unreadable e = unreadable(() -> binding.events(List.of(StandardWorkflows.all().get(1)))
        .read(row));
    assertThat(e.code().id()).isEqualTo("event.unknown_workflow");
    assertThat(e.caseId()).isEqualTo("WO-7");
    String written = "\"workflowVersion\":" + StandardWorkflows.all().get(0).version();
    assertThat(row).contains(written);
    assertThat(unreadable(() -> json.read(row.replace(written,
        "\"workflowVersion\":7"))).code().id()).isEqualTo("event.later_workflow_version");
    assertThat(workflow).isNotEmpty();
  }

  @Test
  public void aRenamingIsCheckedWhenTheReaderIsBuilt() {
    Workflow w = StandardWorkflows.all().get(0);
    String existing = w.commands().get(1).value();
    assertThatThrownBy(() -> binding.eventsBuilder().workflow(w)
        .renamedCommand(w.name(), 2, "oldName", "noSuchCommand").build())
        .isInstanceOf(GovernanceException.class).hasMessageContaining(w.name());
    assertThatThrownBy(() -> binding.eventsBuilder().workflow(w)
        .renamedCommand(w.name(), 2, existing, existing).build())
        .isInstanceOf(GovernanceException.class);
    assertThatThrownBy(() -> binding.eventsBuilder()
        .renamedState("unknown-flow", 2, "A", "B").build())
        .isInstanceOf(GovernanceException.class);
  }

  @Test
  public void personalDataIsNotInTheExceptionMessage() {
    assertThat(unreadable(() -> json.read(CaseId.of("WO-7"), 1,
        "{\"schema\":\"11010519491231002X\"")).message())
        .doesNotContain("11010519491231002X");
  }

  @Test
  public void aReaderThatWouldMaskIsRefused() {
    assertThatThrownBy(() -> binding.eventsBuilder().buildWithDisplayModule())
        .isInstanceOf(GovernanceException.class).hasMessageContaining("masks personal data");
  }

  private Unreadable unreadable(Runnable read) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(read::run);
    Unreadable u = binding.unreadable(t);
    assertThat(u).as("%s", t).isNotNull();
    return u;
  }
}
