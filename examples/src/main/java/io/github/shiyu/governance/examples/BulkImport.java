package io.github.shiyu.governance.examples;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.CaseType;
import io.github.shiyu.governance.cases.Command;
import io.github.shiyu.governance.cases.Decision;
import io.github.shiyu.governance.cases.Rating;
import io.github.shiyu.governance.cases.Registration;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.cases.standard.StandardWorkflows;
import io.github.shiyu.governance.cases.store.CaseCommand;
import io.github.shiyu.governance.cases.store.CaseService;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.core.category.CategoryTaxonomy;
import io.github.shiyu.governance.core.division.DivisionCode;
import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A county moving its old hotline system's work orders into the SDK's store: each work order's
 * history replayed as commands (registered, dispatched, acknowledged, replied, verified,
 * followed up, rated, closed), sent through {@link CaseService#executeAll} a few hundred at a
 * time, so each batch is one transaction and one log flush instead of one per command. Every
 * command's idempotency key comes from the old system's record (work order number and step),
 * so an import stopped half-way is simply run again: what was stored answers with its earlier
 * event, and nothing is stored twice.
 *
 * <pre>{@code
 * BulkImport.Result r = BulkImport.run(service, 500, 200);   // 500 work orders, 200 per batch
 * r.commands();   // 4000
 * }</pre>
 */
public final class BulkImport {

  private static final Actor CENTER = Actor.of("op-import", Role.OPERATIONS_CENTER);
  private static final Actor DEPARTMENT = Actor.of("dept-housing", Role.DEPARTMENT);
  private static final Actor CITIZEN = Actor.of("citizen", Role.CITIZEN);

  private BulkImport() {}

  /**
   * What an import did.
   *
   * @param commands the commands sent
   * @param batches  the calls of {@code executeAll}
   * @param accepted of which were accepted (now or by an earlier run)
   */
  public record Result(long commands, long batches, long accepted) {}

  /** An old work order's steps, as commands with keys from its number. */
  static List<Command> history(int number) {
    String key = "HL-2024-" + number + "/";
    Registration registration = Registration.of(CaseType.WORK_ORDER,
        CategoryTaxonomy.standard().require("hotline.complaint"),
        DivisionCode.parse("420602003012"));
    List<Command> steps = List.of(Command.register(CENTER, registration),
        Command.of("dispatch", CENTER).withHandler("dept-housing"),
        Command.of("acknowledge", DEPARTMENT), Command.of("reply", DEPARTMENT),
        Command.of("verify", CENTER), Command.of("followUp", CENTER),
        Command.of("rate", CITIZEN).withRating(Rating.SATISFIED), Command.of("close", CENTER));
    List<Command> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      out.add(steps.get(i).withIdempotencyKey(key + i));
    }
    return out;
  }

  /**
   * The import's commands in the order they are sent: step by step across the work orders,
   * as an export sorted by time would give them.
   *
   * @param workOrders how many old work orders
   * @return the commands
   */
  static List<CaseCommand> commands(int workOrders) {
    List<CaseCommand> out = new ArrayList<>();
    for (int step = 0; step < 8; step++) {
      for (int n = 1; n <= workOrders; n++) {
        out.add(CaseCommand.of(CaseId.of("WO-" + n), history(n).get(step)));
      }
    }
    return out;
  }

  /**
   * Imports the work orders.
   *
   * @param service    the service over the store
   * @param workOrders how many old work orders
   * @param batch      commands per {@code executeAll}
   * @return what was done
   */
  public static Result run(CaseService service, int workOrders, int batch) {
    List<CaseCommand> all = commands(workOrders);
    long batches = 0;
    long accepted = 0;
    for (int i = 0; i < all.size(); i += batch) {
      for (Decision d : service.executeAll(all.subList(i, Math.min(all.size(), i + batch)))) {
        if (d.accepted()) {
          accepted++;
        }
      }
      batches++;
    }
    return new Result(all.size(), batches, accepted);
  }

  /** A clock stepping a minute per reading: the old records' times, in order. */
  static Clock importClock() {
    return new Clock() {
      private Instant next = Instant.parse("2024-03-04T01:00:00Z");

      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public synchronized Instant instant() {
        next = next.plus(Duration.ofMinutes(1));
        return next;
      }
    };
  }

  /**
   * Runs the example on an H2 file under {@code target/bulk-import}.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out, Path.of("target", "bulk-import"));
  }

  /**
   * Runs the example: 500 work orders, then the same import again.
   *
   * @param out the terminal
   * @param dir where the H2 database file goes
   */
  @SuppressWarnings("try") // the connection keeps the H2 database open for the run
  public static void run(PrintStream out, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    DataSource db = new UrlDataSource("jdbc:h2:file:" + dir.resolve("import").toAbsolutePath());
    try (Connection keeper = db.getConnection()) {
      JdbcCaseStore store = JdbcCaseStore.create(db, StandardWorkflows.all());
      store.createSchema();
      CaseService service = new CaseService(store, importClock(), StandardWorkflows.all());
      Result first = run(service, 500, 200);
      out.printf("imported %d commands in %d batches: %d accepted, %d events stored%n",
          first.commands(), first.batches(), first.accepted(), events(store, 500));
      Result again = run(service, 500, 200);
      out.printf("the same import again: %d of %d answered with their earlier events,"
          + " %d events stored%n", again.accepted(), again.commands(), events(store, 500));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long events(CaseStore store, int workOrders) {
    long n = 0;
    for (int i = 1; i <= workOrders; i++) {
      n += store.events(CaseId.of("WO-" + i)).size();
    }
    return n;
  }
}
