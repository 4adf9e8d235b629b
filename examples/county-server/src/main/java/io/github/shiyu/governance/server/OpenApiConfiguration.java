package io.github.shiyu.governance.server;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header; springdoc reads the operations from the controllers and
 * serves the whole at {@code /v3/api-docs}. The checked-in copy is {@code openapi.json} beside
 * the module's pom (a test keeps the two equal).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  /**
   * The description's info, server and security schemes.
   *
   * @return the header
   */
  @Bean
  public OpenAPI countyServerOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Shiyu county server").version("0.1.0")
            .description("Open311 GeoReport v2 for hotline work orders, the case API for every standard workflow, "
                + "the metrics report and the dashboard of the quickstart county (Kuiwen District).")
            .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0.txt")))
        // Relative: the description does not depend on the port the server listens on.
        .servers(List.of(new Server().url("/")))
        .components(new Components()
            .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
            .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
