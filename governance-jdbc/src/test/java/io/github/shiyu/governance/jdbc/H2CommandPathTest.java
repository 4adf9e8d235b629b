package io.github.shiyu.governance.jdbc;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/** What a command sends, on H2 in file mode. */
class H2CommandPathTest extends CommandPathContract {

  @TempDir
  Path dir;
  private int n;

  @Override
  DataSource freshDatabase() {
    return new UrlDataSource("jdbc:h2:file:" + dir.resolve("path-" + n++).toAbsolutePath()
        + ";DB_CLOSE_DELAY=-1");
  }

  @Override
  List<String> registration() {
    return List.of("INSERT shiyu_case", "BATCH INSERT shiyu_event",
        "INSERT shiyu_feed_pending", "COMMIT");
  }

  @Override
  List<String> command() {
    return List.of("UPDATE shiyu_case", "BATCH INSERT shiyu_event",
        "INSERT shiyu_feed_pending", "COMMIT");
  }
}
