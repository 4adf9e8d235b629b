package io.github.shiyu.governance.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The quickstart county (Kuiwen District) served over HTTP: Open311 GeoReport v2 for hotline
 * work orders, a case API for every standard workflow, the metrics report and a dashboard.
 *
 * <pre>{@code
 * ./mvnw -pl examples/county-server -am -DskipTests package
 * java -jar examples/county-server/target/county-server.jar --server.port=8080
 * }</pre>
 */
@SpringBootApplication
public class CountyServer {

  /**
   * Starts the server.
   *
   * @param args Spring Boot's command-line properties
   */
  public static void main(String[] args) {
    SpringApplication.run(CountyServer.class, args);
  }
}
