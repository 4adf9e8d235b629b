package io.github.shiyu.governance.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.cases.Case;
import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.Workflow;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.ConcurrencyConflictException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped scripts run by Flyway from the location {@link Dialect#migrationLocation()}
 * names (as a vendor's Flyway or the Spring Boot starter runs them): the store works on that
 * schema, and its own {@link JdbcCaseStore#createSchema()} makes the same schema (so the full
 * contract, run on the latter, holds on both). Subclasses give a fresh database of one product.
 */
abstract class FlywayContract {

  DataSource migrated;
  JdbcCaseStore store;

  abstract Dialect expectedDialect();

  abstract DataSource freshDatabase() throws Exception;

  @BeforeEach
  void migrate() throws Exception {
    DataSource db = freshDatabase();
    store = JdbcCaseStore.create(db, StandardWorkflows.all());
    assertThat(store.dialect()).isEqualTo(expectedDialect());
    Flyway flyway = flyway(db, store.dialect()).load();
    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
    assertThat(flyway.migrate().migrationsExecuted).isZero();   // a second time does nothing
    store.createSchema();   // finds Flyway's tables and does nothing
    migrated = db;
  }

  @Test
  void theStoreWorksOnFlywaysSchema() {
    List<List<CaseEvent>> histories = new ArrayList<>();
    for (Workflow w : StandardWorkflows.all()) {
      for (int i = 0; i < 2; i++) {
        histories.add(Histories.history(w, w.name() + "-" + i,
            CaseStoreContract.START.plusSeconds(i * 7200L), 11L * i + 3, 10));
      }
    }
    for (int step = 0; step < 11; step++) {
      for (List<CaseEvent> h : histories) {
        if (step < h.size()) {
          store.append(h.get(step).caseId(), step, List.of(h.get(step)));
        }
      }
    }
    List<CaseEvent> first = histories.get(0);
    assertThatThrownBy(() -> store.append(first.get(0).caseId(), 0, first.subList(0, 1)))
        .isInstanceOf(ConcurrencyConflictException.class);
    int total = 0;
    for (List<CaseEvent> h : histories) {
      CaseId id = h.get(0).caseId();
      assertThat(store.events(id)).isEqualTo(h);
      assertThat(store.load(id)).contains(Case.replay(h));
      CaseEvent last = h.get(h.size() - 1);
      assertThat(store.findByIdempotencyKey(id, last.idempotencyKey().orElseThrow()))
          .contains(last);
      total += h.size();
    }
    List<StoredEvent> feed = store.feed(0, 10_000);
    assertThat(feed).extracting(StoredEvent::position)
        .isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
    Instant bound = CaseStoreContract.START.plusSeconds(20 * 86_400L);
    assertThat(store.openCasesDueBefore(bound).map(Case::id).collect(Collectors.toSet()))
        .isEqualTo(store.openCases().filter(c -> c.deadlines().values().stream()
            .anyMatch(d -> !d.isStopped() && d.due().isBefore(bound))).map(Case::id)
            .collect(Collectors.toSet()));
  }

  static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource db,
      Dialect dialect) {
    return Flyway.configure().dataSource(db).locations(dialect.migrationLocation())
        .cleanDisabled(true);
  }

  @Test
  void theLocationsAreTheDocumentedOnes() {
    // The Spring Boot starter and vendors' configurations name these: they must not move.
    assertThat(Dialect.H2.migrationLocation())
        .isEqualTo("classpath:META-INF/shiyu-jdbc/migration/h2");
    assertThat(Dialect.POSTGRESQL.migrationLocation())
        .isEqualTo("classpath:META-INF/shiyu-jdbc/migration/postgresql");
    assertThat(Dialect.MYSQL.migrationLocation())
        .isEqualTo("classpath:META-INF/shiyu-jdbc/migration/mysql");
    MigrationInfo[] applied = flyway(migrated, expectedDialect()).load().info().applied();
    assertThat(applied).hasSize(1);
    assertThat(applied[0].getVersion().getVersion()).isEqualTo("1");
    assertThat(applied[0].getScript()).isEqualTo("V1__case_events.sql");
  }

  @Test
  void flywayAndTheStoresOwnSchemaCreationMakeTheSameSchema() throws Exception {
    DataSource own = freshDatabase();
    JdbcCaseStore.create(own, StandardWorkflows.all()).createSchema();
    TreeMap<String, List<String>> flywaySchema = describe(migrated);
    assertThat(flywaySchema.keySet())
        .containsExactly("shiyu_case", "shiyu_event", "shiyu_feed", "shiyu_feed_pending",
            "shiyu_feed_position");
    assertThat(describe(own)).isEqualTo(flywaySchema);
  }

  @Test
  void flywayBaselinesADatabaseTheStoreCreated() throws Exception {
    DataSource own = freshDatabase();
    JdbcCaseStore first = JdbcCaseStore.create(own, StandardWorkflows.all());
    first.createSchema();
    List<CaseEvent> h = CaseStoreContract.longHistory(StandardWorkflows.all().get(2), "B-1");
    first.append(CaseId.of("B-1"), 0, h);
    // A vendor moving from createSchema() to Flyway: baseline at version 1, nothing re-run.
    Flyway flyway = flyway(own, expectedDialect()).baselineOnMigrate(true).baselineVersion("1")
        .load();
    assertThat(flyway.migrate().migrationsExecuted).isZero();
    assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("1");
    JdbcCaseStore again = JdbcCaseStore.create(own, StandardWorkflows.all());
    assertThat(again.events(CaseId.of("B-1"))).isEqualTo(h);
    assertThat(again.feed(0, 100)).hasSize(h.size());
  }

  /**
   * The store's tables as the driver describes them: columns (name, type, nullability), the
   * primary key, the indexes (uniqueness and columns; their names are the database's) and the
   * rows of the feed table. Flyway's history table is left out.
   */
  static TreeMap<String, List<String>> describe(DataSource db) throws Exception {
    TreeMap<String, List<String>> out = new TreeMap<>();
    try (Connection c = db.getConnection()) {
      DatabaseMetaData m = c.getMetaData();
      String catalog = c.getCatalog();
      String schema = c.getSchema();
      List<String> tables = new ArrayList<>();
      try (ResultSet t = m.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
        while (t.next()) {
          String name = t.getString("TABLE_NAME");
          if (name.toLowerCase(Locale.ROOT).startsWith("shiyu_")) {
            tables.add(name);
          }
        }
      }
      for (String table : tables) {
        List<String> parts = new ArrayList<>();
        try (ResultSet r = m.getColumns(catalog, schema, table, "%")) {
          while (r.next()) {
            parts.add("column " + lower(r.getString("COLUMN_NAME")) + " "
                + r.getString("TYPE_NAME") + "(" + r.getInt("COLUMN_SIZE") + ") nullable="
                + r.getString("IS_NULLABLE"));
          }
        }
        try (ResultSet r = m.getPrimaryKeys(catalog, schema, table)) {
          while (r.next()) {
            parts.add("primary key " + lower(r.getString("COLUMN_NAME")));
          }
        }
        TreeMap<String, TreeMap<Short, String>> indexes = new TreeMap<>();
        try (ResultSet r = m.getIndexInfo(catalog, schema, table, false, false)) {
          while (r.next()) {
            if (r.getString("COLUMN_NAME") == null) {
              continue;   // table statistics
            }
            String key = (r.getBoolean("NON_UNIQUE") ? "index " : "unique index ")
                + r.getString("INDEX_NAME");
            indexes.computeIfAbsent(key, k -> new TreeMap<>())
                .put(r.getShort("ORDINAL_POSITION"), lower(r.getString("COLUMN_NAME")));
          }
        }
        TreeSet<String> described = new TreeSet<>();
        indexes.forEach((k, cols) -> described.add(
            k.substring(0, k.indexOf("index ") + 5) + " " + cols.values()));
        parts.addAll(described);
        parts.sort(null);
        out.put(lower(table), parts);
      }
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT id, last_position FROM shiyu_feed")) {
        while (r.next()) {
          out.get("shiyu_feed").add("row " + r.getInt(1) + "," + r.getLong(2));
        }
      }
    }
    return out;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
