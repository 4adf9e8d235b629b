package io.github.shiyu.governance.examples.cli;

import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.examples.DurableCounty;
import io.github.shiyu.governance.examples.Quickstart;
import io.github.shiyu.governance.examples.UrlDataSource;
import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * {@code county}: the quickstart's simulated year run into a database through the case
 * service and the JDBC store, then {@code DIR/facts.csv}, the facts folded from the stored
 * events, sorted by case id. Killed at any moment and run again with the same options, it
 * resumes where the database stands and writes the same bytes as an uninterrupted run.
 *
 * <pre>{@code
 * java -jar governance-cli.jar county --database jdbc:h2:file:./kuiwen --out out --cases 500
 * }</pre>
 */
public final class CountyCommand implements Command {

  /** The default number of cases: smaller than the quickstart's year, a database is slower. */
  static final int DEFAULT_CASES = 1_000;

  /** Creates the command. */
  public CountyCommand() {}

  @Override
  public String name() {
    return "county";
  }

  @Override
  public String summary() {
    return "the quickstart's year into a database (resumable), then DIR/facts.csv";
  }

  @Override
  public String help() {
    return """
        --database JDBC_URL --out DIR [--cases N] [--seed S]
        --database a JDBC URL: jdbc:h2:file:PATH (H2, in the tool), jdbc:postgresql://HOST/DB?user=U&password=P
                   (PostgreSQL, driver in the tool); the tables are created if missing
        --out      the directory for facts.csv (created if missing)
        --cases    how many cases the simulated year has (default 1000)
        --seed     the seed of the plan (default the quickstart's, 20250101)
        Runs the quickstart's year (Kuiwen District, its grids, dispatcher and standard workflows) into
        the database through the case service, every command with an idempotency key derived from the
        plan. Run again with the same options after the process was stopped or killed, it resumes where
        the database stands. Then writes DIR/facts.csv: the case facts folded from the stored events,
        sorted by case id, in the metrics module's column set (input for 'report'). The progress bar
        and a summary go to standard error. A database holding another plan (other seed or size) is
        refused. Exit status 0, or 2 for a usage or database error.
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("database", "out", "cases", "seed");
  }

  @Override
  @SuppressWarnings("try") // the keeper connection is held, not used
  public int run(Options options, Batch batch) throws UsageException, IOException {
    String url = options.require("database");
    Path out = Path.of(options.require("out"));
    int cases = number(options, "cases", DEFAULT_CASES);
    long seed = number(options, "seed", Quickstart.SEED);
    if (cases < 1) {
      throw new UsageException("--cases must be at least 1, got " + cases);
    }
    DurableCounty.Run result;
    String csv;
    UrlDataSource database = new UrlDataSource(url);
    // One connection held open for the run: an embedded H2 database is closed, and opened
    // again from its file, whenever its last connection closes.
    try (Connection keeper = database.getConnection()) {
      JdbcCaseStore store = JdbcCaseStore.create(database, DurableCounty.workflows());
      store.createSchema();
      result = DurableCounty.run(store, seed, cases, batch.err());
      csv = DurableCounty.factsCsv(store);
    } catch (SQLException e) {
      throw new UsageException("cannot open --database: " + e.getMessage());
    } catch (GovernanceException | IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    Files.createDirectories(out);
    // Written beside and moved: a kill while writing leaves no half file under the name.
    Path facts = out.resolve("facts.csv");
    Path partial = out.resolve("facts.csv.partial");
    Files.writeString(partial, csv, StandardCharsets.UTF_8);
    Files.move(partial, facts, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    batch.err().printf(Locale.ROOT, "%,d cases, %,d commands (%s refused); wrote %s%n", cases,
        result.commands(), result.refused(), facts);
    return GovernanceCli.OK;
  }

  private static int number(Options options, String name, int otherwise) throws UsageException {
    long n = number(options, name, (long) otherwise);
    if (n > Integer.MAX_VALUE) {
      throw new UsageException("--" + name + " is too large: " + n);
    }
    return (int) n;
  }

  private static long number(Options options, String name, long otherwise)
      throws UsageException {
    var text = options.get(name);
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      return Long.parseLong(text.get().strip());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " is not a number: " + text.get());
    }
  }
}
