package io.github.shiyu.governance.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Rejection;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.monitor.DeadlineMonitor;
import io.github.shiyu.governance.cases.monitor.EscalationPolicy;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.standard.WorkOrderWorkflow;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.core.division.DivisionDirectory;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.PeriodUnit;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.dispatch.Dispatcher;
import io.github.shiyu.governance.grid.dispatch.RoutingTable;
import io.github.shiyu.governance.jackson3.GovernanceModule;
import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter's auto-configuration in Spring Boot's {@link ApplicationContextRunner}: the
 * defaults, every property, backing off, and a DataSource (H2) or none.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShiyuAutoConfigurationTest {

  /** The quickstart county's files (examples' resources), read where they are. */
  static final Path COUNTY = Path.of("../examples/src/main/resources/io/github/shiyu/governance/"
      + "examples/county");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ShiyuAutoConfiguration.class))
      .withPropertyValues("shiyu.schedule.interval=1h");

  private static DataSource h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  private static Command registration(String key) {
    return Command.register(Actor.of("op-1", Role.OPERATIONS_CENTER),
        Registration.of(CaseType.WORK_ORDER,
            CategoryTaxonomy.standard().require("hotline.complaint"),
            DivisionCode.parse("370705001001"))).withIdempotencyKey(key);
  }

  @Test
  void defaultsWithoutADataSourceAreInMemoryAndSaySoLoudly(CapturedOutput output) {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(CaseStore.class)).isInstanceOf(InMemoryCaseStore.class);
      assertThat(output).contains("WARN").contains("case store: IN MEMORY");
      assertThat(context.getBean(MaskingPolicy.class)).isEqualTo(MaskingPolicy.defaults());
      assertThat(context.getBean(WorkCalendar.class).isWorkingDay(LocalDate.of(2024, 10, 1)))
          .isFalse();
      assertThat(context.getBean(DivisionDirectory.class).size())
          .isEqualTo(DivisionDirectory.embedded().size());
      assertThat(context.getBean(GovernanceWorkflows.class).all()).extracting(Workflow::name)
          .containsExactlyElementsOf(StandardWorkflows.all().stream().map(Workflow::name)
              .toList());
      assertThat(context.getBean(GovernanceWorkflows.class).named("work-order").orElseThrow()
          .timeLimits()).isEqualTo(WorkOrderWorkflow.definition().timeLimits());
      assertThat(context.getBean(DeadlineMonitor.class).threshold()).isEqualTo(0.8);
      assertThat(context).hasSingleBean(CaseService.class).hasSingleBean(CaseCommands.class)
          .hasSingleBean(EscalationPolicy.class).hasSingleBean(MonitorSchedule.class)
          .hasSingleBean(GovernanceModule.class).hasSingleBean(Clock.class)
          .hasBean("caseStoreHealthIndicator")
          .doesNotHaveBean(GridLayer.class).doesNotHaveBean(GridIndex.class)
          .doesNotHaveBean(RoutingTable.class).doesNotHaveBean(Dispatcher.class);
      assertThat(context.getBean(MonitorSchedule.class).isRunning()).isTrue();
      // A command through the service, read back.
      CaseCommands commands = context.getBean(CaseCommands.class);
      assertThat(commands.register(CaseId.of("WO-1"), registration("k1")))
          .isInstanceOf(CaseEvent.class);
      assertThat(commands.service().find(CaseId.of("WO-1"))).isPresent();
    });
  }

  @Test
  void everyProperty(@TempDir Path dir) throws IOException {
    Path calendar = dir.resolve("local.calendar");
    Files.writeString(calendar, "notice 2026 local test notice\n"
        + "rest 2026-03-03..2026-03-03 LOCAL_DAY\n", StandardCharsets.UTF_8);
    Path divisions = dir.resolve("townships.csv");
    Files.copy(COUNTY.resolve("divisions.csv"), divisions);
    runner.withPropertyValues("shiyu.calendar.file=" + calendar,
        "shiyu.divisions.file=" + divisions, "shiyu.divisions.version=kuiwen-2026",
        "shiyu.workflows.limits.work-order.handling.amount=7",
        "shiyu.workflows.limits.work-order.handling.unit=CALENDAR_DAYS",
        "shiyu.workflows.limits.petition.handling.amount=45",
        "shiyu.workflows.limits.petition.handling.unit=CALENDAR_DAYS",
        "shiyu.workflows.category-limits.work-order.handling.[hotline.consultation].amount=3",
        "shiyu.grid.layer-file=" + COUNTY.resolve("grids.geojson"), "shiyu.grid.crs=WGS84",
        "shiyu.routing.file=" + COUNTY.resolve("routing.csv"),
        "shiyu.routing.departments-file=" + COUNTY.resolve("departments.csv"),
        "shiyu.masking.resident-id-first=3", "shiyu.masking.resident-id-last=2",
        "shiyu.masking.phone-first=2", "shiyu.masking.phone-last=3",
        "shiyu.masking.mask-character=#", "shiyu.schedule.threshold=0.5",
        "shiyu.schedule.interval=90s", "shiyu.schedule.escalate=false",
        "shiyu.store.migrate=false")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(WorkCalendar.class).isWorkingDay(LocalDate.of(2026, 3, 3)))
              .isFalse();
          assertThat(context.getBean(DivisionDirectory.class)
              .find(DivisionCode.parse("370705001001"))).isPresent();
          Workflow workOrder = context.getBean(GovernanceWorkflows.class).named("work-order")
              .orElseThrow();
          assertThat(workOrder.timeLimits().policy(WorkOrderWorkflow.HANDLING,
              CategoryTaxonomy.standard().require("citymgmt")))
              .contains(new DeadlinePolicy(7, PeriodUnit.CALENDAR_DAYS));
          // a category's own limit over the replaced default, for it and what lies under it
          assertThat(workOrder.timeLimits().policy(WorkOrderWorkflow.HANDLING,
              CategoryTaxonomy.standard().require("hotline.consultation")))
              .contains(DeadlinePolicy.workingDays(3));
          assertThat(context.getBean(GovernanceWorkflows.class).named("petition").orElseThrow()
              .timeLimits().policy("handling", CategoryTaxonomy.standard().require("dispute")))
              .contains(new DeadlinePolicy(45, PeriodUnit.CALENDAR_DAYS));
          assertThat(context.getBean(GridLayer.class).size()).isEqualTo(202);
          assertThat(context.getBean(GridIndex.class).locate(GeoPoint.of(0, 0,
              CoordinateSystem.WGS84))).isEmpty();
          assertThat(context.getBean(RoutingTable.class).rows()).isNotEmpty();
          assertThat(context).hasSingleBean(Dispatcher.class);
          MaskingPolicy masking = context.getBean(MaskingPolicy.class);
          assertThat(masking.mask(ResidentId.parse("11010519491231002X")))
              .isEqualTo("110#############2X");
          assertThat(masking.mask(PhoneNumber.parse("13812345678"))).isEqualTo("13######678");
          assertThat(context.getBean(DeadlineMonitor.class).threshold()).isEqualTo(0.5);
        });
  }

  @Test
  void aCategoryLimitOfAnUnknownCategoryOrWorkflowFailsTheStart() {
    runner.withPropertyValues(
            "shiyu.workflows.category-limits.work-order.handling.[hotline.nosuch].amount=3")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("hotline.nosuch"));
    runner.withPropertyValues(
            "shiyu.workflows.category-limits.work-orders.handling.[hotline.consultation].amount=3")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("shiyu.workflows.category-limits.work-orders"));
  }

  @Test
  void aLimitOfAnUnknownWorkflowFailsTheStart() {
    runner.withPropertyValues("shiyu.workflows.limits.work-orders.handling.amount=7")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("work-orders"));
  }

  @Test
  void theScheduleIsTurnedOffByAProperty() {
    runner.withPropertyValues("shiyu.schedule.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(MonitorSchedule.class)
            .hasSingleBean(DeadlineMonitor.class));
  }

  @Test
  void everyBeanBacksOffBeforeTheApplicationsOwn() {
    InMemoryCaseStore store = new InMemoryCaseStore();
    WorkCalendar calendar = WorkCalendar.china();
    MaskingPolicy masking = MaskingPolicy.builder().residentId(1, 1).build();
    Workflow fast = WorkOrderWorkflow.definition().withTimeLimits(WorkOrderWorkflow
        .definition().timeLimits().with(WorkOrderWorkflow.HANDLING, DeadlinePolicy.hours(5)));
    GovernanceWorkflows workflows = new GovernanceWorkflows(List.of(fast));
    DeadlineMonitor monitor = DeadlineMonitor.withThreshold(0.3);
    EscalationPolicy escalation = EscalationPolicy.of(java.util.Set.of(CaseType.PETITION));
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    GovernanceModule module = GovernanceModule.forTrustedStorage();
    GovernanceMeters meters = GovernanceMeters.none();
    HealthIndicator health = () -> Health.up().build();
    runner.withBean(CaseStore.class, () -> store).withBean(WorkCalendar.class, () -> calendar)
        .withBean(DivisionDirectory.class, DivisionDirectory::embedded)
        .withBean(MaskingPolicy.class, () -> masking)
        .withBean(GovernanceWorkflows.class, () -> workflows)
        .withBean(DeadlineMonitor.class, () -> monitor)
        .withBean(EscalationPolicy.class, () -> escalation)
        .withBean(Clock.class, () -> clock).withBean(GovernanceModule.class, () -> module)
        .withBean(GovernanceMeters.class, () -> meters)
        .withBean("caseStoreHealthIndicator", HealthIndicator.class, () -> health)
        .withBean(DataSource.class, () -> h2("backoff"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(CaseStore.class)).isSameAs(store);
          assertThat(context.getBean(WorkCalendar.class)).isSameAs(calendar);
          assertThat(context.getBean(MaskingPolicy.class)).isSameAs(masking);
          assertThat(context.getBean(GovernanceWorkflows.class)).isSameAs(workflows);
          assertThat(context.getBean(DeadlineMonitor.class)).isSameAs(monitor);
          assertThat(context.getBean(EscalationPolicy.class)).isSameAs(escalation);
          assertThat(context.getBean(Clock.class)).isSameAs(clock);
          assertThat(context.getBean(GovernanceModule.class)).isSameAs(module);
          assertThat(context.getBean(GovernanceMeters.class)).isSameAs(meters);
          assertThat(context.getBean("caseStoreHealthIndicator")).isSameAs(health);
          assertThat(context.getBean(CaseService.class).store()).isSameAs(store);
          // The service runs the application's workflows (on the calendar bean).
          assertThat(context.getBean(CaseService.class).workflow(CaseType.WORK_ORDER)
              .timeLimits()).isEqualTo(fast.timeLimits());
        });
    CaseService service = new CaseService(store, Clock.systemUTC(), StandardWorkflows.all());
    runner.withBean(CaseService.class, () -> service)
        .withBean(CaseCommands.class, () -> new CaseCommands(service, GovernanceMeters.none()))
        .run(context -> {
          assertThat(context.getBean(CaseService.class)).isSameAs(service);
          assertThat(context.getBean(CaseCommands.class).service()).isSameAs(service);
        });
  }

  @Test
  void withADataSourceTheJdbcStoreAndItsMigrations() {
    DataSource ds = h2("jdbc");
    runner.withBean(DataSource.class, () -> ds).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(CaseStore.class)).isInstanceOf(JdbcCaseStore.class);
      assertThat(tables(ds)).contains("SHIYU_SCHEMA_HISTORY");
      CaseCommands commands = context.getBean(CaseCommands.class);
      assertThat(commands.register(CaseId.of("WO-9"), registration("k9")))
          .isInstanceOf(CaseEvent.class);
      // Idempotent: the retry returns the first event.
      Decision again = commands.register(CaseId.of("WO-9"), registration("k9"));
      assertThat(again).isEqualTo(commands.service().history(CaseId.of("WO-9")).get(0));
      Health health = ((HealthIndicator) context.getBean("caseStoreHealthIndicator")).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
    });
    // A second start finds the schema migrated: nothing applied, the case still there.
    runner.withBean(DataSource.class, () -> ds).run(context -> assertThat(context
        .getBean(CaseCommands.class).service().find(CaseId.of("WO-9"))).isPresent());
  }

  @Test
  void withoutMigrationsTheSchemaIsTheApplicationsBusiness() {
    DataSource ds = h2("nomigrate");
    runner.withBean(DataSource.class, () -> ds).withPropertyValues("shiyu.store.migrate=false")
        .run(context -> {
          assertThat(context.getBean(CaseStore.class)).isInstanceOf(JdbcCaseStore.class);
          assertThat(tables(ds)).doesNotContain("SHIYU_SCHEMA_HISTORY");
          Health health = ((HealthIndicator) context.getBean("caseStoreHealthIndicator"))
              .health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        });
  }

  @Test
  void metersCountCommandsRejectionsOverdueCasesAndStoreLatency() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2024-03-01T02:00:00Z"),
            ZoneOffset.UTC))
        .run(context -> {
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          CaseCommands commands = context.getBean(CaseCommands.class);
          commands.register(CaseId.of("WO-1"), registration("k1"));
          Decision refused = commands.execute(CaseId.of("WO-1"), Command.of(
              WorkOrderWorkflow.DISPATCH, Actor.of("c-1", Role.CITIZEN)));
          assertThat(refused).isInstanceOf(Rejection.class);
          assertThat(registry.get("shiyu.commands").tag("workflow", "work-order")
              .tag("command", "register").counter().count()).isEqualTo(1);
          assertThat(registry.get("shiyu.rejections")
              .tag("reason", ((Rejection) refused).reason().name()).counter().count())
              .isEqualTo(1);
          assertThat(registry.get("shiyu.store.latency").tag("operation", "append").timer()
              .count()).isEqualTo(1);
          assertThat(registry.get("shiyu.cases.overdue").gauge().value()).isZero();
        });
    // Two months later the complaint's 15 working days are long past.
    Instant later = Instant.parse("2024-05-06T02:00:00Z");
    InMemoryCaseStore store = new InMemoryCaseStore();
    new CaseService(store, Clock.fixed(Instant.parse("2024-03-01T02:00:00Z"), ZoneOffset.UTC),
        StandardWorkflows.all()).register(CaseId.of("WO-2"), registration("k2"));
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(CaseStore.class, () -> store)
        .withBean(Clock.class, () -> Clock.fixed(later, ZoneOffset.UTC))
        .run(context -> {
          context.getBean(MonitorSchedule.class).runOnce();
          assertThat(context.getBean(MeterRegistry.class).get("shiyu.cases.overdue").gauge()
              .value()).isEqualTo(1);
        });
  }

  @Test
  void bootsJsonMapperWritesTheSdksFormsMasked() {
    runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .withPropertyValues("shiyu.masking.phone-first=2")
        .run(context -> {
          JsonMapper mapper = context.getBean(JsonMapper.class);
          assertThat(mapper.writeValueAsString(PhoneNumber.parse("13812345678")))
              .isEqualTo("\"13*****5678\"");
          assertThat(mapper.writeValueAsString(DivisionCode.parse("429004")))
              .isEqualTo("\"429004000000\"");
          assertThat(mapper.readValue("\"420102\"", DivisionCode.class))
              .isEqualTo(DivisionCode.parse("420102"));
        });
  }

  private static List<String> tables(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      List<String> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
      }
      return out;
    }
  }
}
