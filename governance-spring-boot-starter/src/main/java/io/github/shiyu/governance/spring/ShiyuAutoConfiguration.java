package io.github.shiyu.governance.spring;

import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.monitor.DeadlineMonitor;
import io.github.shiyu.governance.cases.monitor.EscalationPolicy;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.cases.store.InMemoryCaseStore;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.category.CaseCategory;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionDirectory;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.time.DeadlinePolicy;
import io.github.shiyu.governance.core.time.WorkCalendar;
import io.github.shiyu.governance.grid.GridIndex;
import io.github.shiyu.governance.grid.GridLayer;
import io.github.shiyu.governance.grid.dispatch.Dispatcher;
import io.github.shiyu.governance.grid.dispatch.RoutingTable;
import io.github.shiyu.governance.jackson3.GovernanceModule;
import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import io.github.shiyu.governance.spring.internal.ConfigFiles;
import io.github.shiyu.governance.spring.internal.FlywayMigration;
import io.github.shiyu.governance.spring.internal.MicrometerMeters;
import io.github.shiyu.governance.spring.internal.StoreHealth;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.ClassUtils;

/**
 * Spring Boot's auto-configuration of the governance SDK from the {@code shiyu.*} properties
 * ({@link ShiyuProperties}). Every bean backs off when the application defines one of its
 * type.
 *
 * <table>
 *   <caption>Beans</caption>
 *   <tr><th>bean</th><th>from</th></tr>
 *   <tr><td>{@link WorkCalendar}</td><td>the national calendar, with
 *       {@code shiyu.calendar.file} laid over it</td></tr>
 *   <tr><td>{@link DivisionDirectory}</td><td>the embedded directory, with the divisions of
 *       {@code shiyu.divisions.file}</td></tr>
 *   <tr><td>{@link MaskingPolicy}</td><td>{@code shiyu.masking.*}</td></tr>
 *   <tr><td>{@link GovernanceWorkflows}</td><td>the five standard workflows, limits from
 *       {@code shiyu.workflows.limits.*}, on the work calendar</td></tr>
 *   <tr><td>{@link CaseStore}</td><td>with a single {@code DataSource}: {@link JdbcCaseStore},
 *       its Flyway migrations run ({@code shiyu.store.migrate}); without one:
 *       {@link InMemoryCaseStore}, logged at WARN (nothing survives a restart)</td></tr>
 *   <tr><td>{@link CaseService}, {@link CaseCommands}</td><td>the store (timed when
 *       Micrometer is there), the workflows, the calendar, a {@link Clock}</td></tr>
 *   <tr><td>{@link DeadlineMonitor}, {@link EscalationPolicy}</td><td>
 *       {@code shiyu.schedule.threshold}; the Huaibei escalation rules</td></tr>
 *   <tr><td>{@link MonitorSchedule}</td><td>both run every {@code shiyu.schedule.interval}
 *       unless {@code shiyu.schedule.enabled=false}</td></tr>
 *   <tr><td>{@link GridLayer}, {@link GridIndex}</td><td>{@code shiyu.grid.layer-file}</td></tr>
 *   <tr><td>{@link RoutingTable}, {@link Dispatcher}</td><td>{@code shiyu.routing.*} (the
 *       dispatcher with a grid index too)</td></tr>
 *   <tr><td>{@link GovernanceModule} (Jackson 3)</td><td>the masking policy, registered on
 *       Boot's {@code JsonMapper}: API JSON is masked</td></tr>
 *   <tr><td>{@link GovernanceMeters}</td><td>Micrometer's registry, if any</td></tr>
 *   <tr><td>{@code caseStoreHealthIndicator}</td><td>with Actuator's health</td></tr>
 * </table>
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"},
    beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(ShiyuProperties.class)
@Import({ShiyuAutoConfiguration.Micrometer.class, ShiyuAutoConfiguration.Json.class,
    ShiyuAutoConfiguration.StoreHealthIndicator.class})
public class ShiyuAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ShiyuAutoConfiguration.class);

  /** Made by Spring. */
  public ShiyuAutoConfiguration() {
  }

  /**
   * The work calendar.
   *
   * @param properties the properties
   * @return the national calendar, with the local file over it
   */
  @Bean
  @ConditionalOnMissingBean
  public WorkCalendar workCalendar(ShiyuProperties properties) {
    WorkCalendar china = WorkCalendar.china();
    return properties.getCalendar().getFile() == null ? china
        : china.with(WorkCalendar.read(properties.getCalendar().getFile()));
  }

  /**
   * The division directory.
   *
   * @param properties the properties
   * @return the embedded directory, with the vendor's divisions
   */
  @Bean
  @ConditionalOnMissingBean
  public DivisionDirectory divisionDirectory(ShiyuProperties properties) {
    DivisionDirectory embedded = DivisionDirectory.embedded();
    ShiyuProperties.Divisions d = properties.getDivisions();
    if (d.getFile() == null) {
      return embedded;
    }
    try (Reader in = Files.newBufferedReader(d.getFile(), StandardCharsets.UTF_8)) {
      return embedded.with(DivisionDirectory.read(in, d.getVersion()).stream().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + d.getFile(), e);
    }
  }

  /**
   * The masking policy.
   *
   * @param properties the properties
   * @return the policy
   */
  @Bean
  @ConditionalOnMissingBean
  public MaskingPolicy maskingPolicy(ShiyuProperties properties) {
    ShiyuProperties.Masking m = properties.getMasking();
    return MaskingPolicy.builder().residentId(m.getResidentIdFirst(), m.getResidentIdLast())
        .phone(m.getPhoneFirst(), m.getPhoneLast()).maskCharacter(m.getMaskCharacter()).build();
  }

  /**
   * The standard workflows with the configured limits, on the work calendar.
   *
   * @param properties the properties
   * @param calendar   the calendar
   * @return the workflows
   * @throws InvalidValueException naming a configured limit of an unknown workflow
   */
  @Bean
  @ConditionalOnMissingBean
  public GovernanceWorkflows governanceWorkflows(ShiyuProperties properties,
      WorkCalendar calendar) {
    Map<String, Map<String, ShiyuProperties.Limit>> limits =
        properties.getWorkflows().getLimits();
    Map<String, Map<String, Map<String, ShiyuProperties.Limit>>> byCategory =
        properties.getWorkflows().getCategoryLimits();
    List<Workflow> out = new ArrayList<>();
    for (Workflow w : StandardWorkflows.all()) {
      Workflow configured = w;
      for (Map.Entry<String, ShiyuProperties.Limit> e
          : limits.getOrDefault(w.name(), Map.of()).entrySet()) {
        configured = configured.withTimeLimits(configured.timeLimits().with(e.getKey(),
            policy(e.getValue())));
      }
      for (Map.Entry<String, Map<String, ShiyuProperties.Limit>> clock
          : byCategory.getOrDefault(w.name(), Map.of()).entrySet()) {
        for (Map.Entry<String, ShiyuProperties.Limit> e : clock.getValue().entrySet()) {
          String key = "shiyu.workflows.category-limits." + w.name() + "." + clock.getKey()
              + ".[" + e.getKey() + "]";
          CaseCategory category = CategoryTaxonomy.standard().find(e.getKey())
              .orElseThrow(() -> new InvalidValueException(ConfigFiles.BAD_PROPERTY, key,
                  "no category '" + e.getKey() + "' in the standard taxonomy"));
          configured = configured.withTimeLimits(configured.timeLimits().with(clock.getKey(),
              category, policy(e.getValue())));
        }
      }
      out.add(configured.withCalendar(calendar));
    }
    for (String name : union(limits.keySet(), byCategory.keySet())) {
      if (out.stream().noneMatch(w -> w.name().equals(name))) {
        throw new InvalidValueException(ConfigFiles.BAD_PROPERTY,
            (limits.containsKey(name) ? "shiyu.workflows.limits." : "shiyu.workflows.category-limits.")
                + name, "no standard workflow is named '" + name + "'");
      }
    }
    return new GovernanceWorkflows(out);
  }

  private static DeadlinePolicy policy(ShiyuProperties.Limit limit) {
    return new DeadlinePolicy(limit.getAmount(), limit.getUnit());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The clock cases are decided by.
   *
   * @return the system clock in UTC
   */
  @Bean
  @ConditionalOnMissingBean
  public Clock shiyuClock() {
    return Clock.systemUTC();
  }

  /**
   * The case service.
   *
   * @param store     the store
   * @param clock     the clock
   * @param workflows the workflows
   * @param calendar  the calendar
   * @param meters    the meters (a Micrometer one times the store)
   * @return the service
   */
  @Bean
  @ConditionalOnMissingBean
  public CaseService caseService(CaseStore store, Clock clock, GovernanceWorkflows workflows,
      WorkCalendar calendar, GovernanceMeters meters) {
    CaseStore used = meters instanceof MicrometerMeters m ? m.timed(store) : store;
    return new CaseService(used, clock, workflows.all()).withCalendar(calendar);
  }

  /**
   * Commands through the service, counted.
   *
   * @param service the service
   * @param meters  the meters
   * @return the commands
   */
  @Bean
  @ConditionalOnMissingBean
  public CaseCommands caseCommands(CaseService service, GovernanceMeters meters) {
    return new CaseCommands(service, meters);
  }

  /**
   * The deadline monitor.
   *
   * @param properties the properties
   * @return the monitor at {@code shiyu.schedule.threshold}
   */
  @Bean
  @ConditionalOnMissingBean
  public DeadlineMonitor deadlineMonitor(ShiyuProperties properties) {
    return DeadlineMonitor.withThreshold(properties.getSchedule().getThreshold());
  }

  /**
   * The escalation policy.
   *
   * @return Huaibei's rules (petitions escalated when overdue or repeated)
   */
  @Bean
  @ConditionalOnMissingBean
  public EscalationPolicy escalationPolicy() {
    return EscalationPolicy.huaibei();
  }

  /**
   * The monitor's schedule.
   *
   * @param service    the service
   * @param monitor    the monitor
   * @param escalation the policy
   * @param meters     the meters
   * @param clock      the clock
   * @param properties the properties
   * @return the schedule, started with the context
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "shiyu.schedule", name = "enabled", havingValue = "true",
      matchIfMissing = true)
  public MonitorSchedule monitorSchedule(CaseService service, DeadlineMonitor monitor,
      EscalationPolicy escalation, GovernanceMeters meters, Clock clock,
      ShiyuProperties properties) {
    ShiyuProperties.Schedule s = properties.getSchedule();
    return new MonitorSchedule(service, monitor,
        escalation, s.isEscalate(), meters, clock,
        s.getInterval());
  }

  /**
   * The grid layer.
   *
   * @param properties the properties
   * @return the layer of {@code shiyu.grid.layer-file}
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "shiyu.grid", name = "layer-file")
  public GridLayer gridLayer(ShiyuProperties properties) {
    ShiyuProperties.Grid g = properties.getGrid();
    try (InputStream in = Files.newInputStream(g.getLayerFile())) {
      return GridLayer.read(in, g.getCrs(), g.getCrs());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + g.getLayerFile(), e);
    }
  }

  /**
   * The point-to-grid index.
   *
   * @param layer the layer
   * @return its index
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(GridLayer.class)
  public GridIndex gridIndex(GridLayer layer) {
    return GridIndex.of(layer);
  }

  /**
   * The routing table.
   *
   * @param properties the properties
   * @return the table of {@code shiyu.routing.file}
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "shiyu.routing", name = {"file", "departments-file"})
  public RoutingTable routingTable(ShiyuProperties properties) {
    ShiyuProperties.Routing r = properties.getRouting();
    return ConfigFiles.routing(r.getFile(), ConfigFiles.departments(r.getDepartmentsFile()),
        CategoryTaxonomy.standard());
  }

  /**
   * The dispatcher.
   *
   * @param index   the grid index
   * @param routing the routing table
   * @return the dispatcher
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean({GridIndex.class, RoutingTable.class})
  public Dispatcher dispatcher(GridIndex index, RoutingTable routing) {
    return Dispatcher.builder(index, routing).build();
  }

  /**
   * The case store: with one DataSource, the JDBC store and its migrations; without one, the
   * in-memory store, loudly. Decided here rather than by conditions on two configurations,
   * so that a DataSource defined anywhere in the context counts.
   *
   * @param dataSources the application's DataSource, if exactly one
   * @param workflows   the workflows
   * @param properties  the properties
   * @return the store
   */
  @Bean
  @ConditionalOnMissingBean
  public CaseStore caseStore(ObjectProvider<DataSource> dataSources,
      GovernanceWorkflows workflows, ShiyuProperties properties) {
    DataSource dataSource = dataSources.getIfUnique();
    if (dataSource == null) {
      LOG.warn("case store: IN MEMORY. No DataSource is configured, so every case is lost when"
          + " the application stops; configure spring.datasource.* for the JDBC store.");
      return new InMemoryCaseStore();
    }
    JdbcCaseStore store = JdbcCaseStore.create(dataSource, workflows.all());
    if (properties.getStore().isMigrate()) {
      if (ClassUtils.isPresent("org.flywaydb.core.Flyway",
          ShiyuAutoConfiguration.class.getClassLoader())) {
        int applied = FlywayMigration.migrate(dataSource, store.dialect().migrationLocation());
        LOG.info("case store: JDBC ({}), {} Flyway migration(s) applied (history table {})",
            store.dialect(), applied, FlywayMigration.HISTORY_TABLE);
      } else {
        store.createSchema();
        LOG.info("case store: JDBC ({}), schema created without Flyway", store.dialect());
      }
    } else {
      LOG.info("case store: JDBC ({}), migrations left to the application", store.dialect());
    }
    return store;
  }

  /**
   * The meters: Micrometer's when the application has a registry, none otherwise.
   *
   * @param registries the registry, if any
   * @return the meters
   */
  @Bean
  @ConditionalOnMissingBean
  public GovernanceMeters governanceMeters(ObjectProvider<MeterRegistryHolder> registries) {
    MeterRegistryHolder holder = registries.getIfAvailable();
    return holder == null ? GovernanceMeters.none() : holder.meters();
  }

  /** Micrometer's registry, held so that the class is loaded only when Micrometer is there. */
  static final class MeterRegistryHolder {
    private final Object registry;

    MeterRegistryHolder(Object registry) {
      this.registry = registry;
    }

    GovernanceMeters meters() {
      return new MicrometerMeters((MeterRegistry) registry);
    }
  }

  /** With Micrometer: its registry, if the application has one. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Micrometer {

    @Bean
    MeterRegistryHolder shiyuMeterRegistry(ObjectProvider<MeterRegistry> registry) {
      MeterRegistry r = registry.getIfUnique();
      return r == null ? null : new MeterRegistryHolder(r);
    }
  }

  /** With Boot's Jackson 3: the module on its JsonMapper, masking with the policy. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({JsonMapperBuilderCustomizer.class, GovernanceModule.class})
  static class Json {

    @Bean
    @ConditionalOnMissingBean
    GovernanceModule governanceModule(MaskingPolicy masking) {
      return GovernanceModule.builder().masking(masking).build();
    }

    @Bean
    @ConditionalOnMissingBean(name = "shiyuJsonMapperBuilderCustomizer")
    JsonMapperBuilderCustomizer shiyuJsonMapperBuilderCustomizer(
        ObjectProvider<GovernanceModule> module) {
      return builder -> module.ifAvailable(builder::addModule);
    }
  }

  /** With Actuator's health: the store's. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  static class StoreHealthIndicator {

    @Bean
    @ConditionalOnMissingBean(name = "caseStoreHealthIndicator")
    HealthIndicator caseStoreHealthIndicator(CaseStore store) {
      return new StoreHealth(store);
    }
  }
}
