package io.github.shiyu.governance.server;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The example's own settings ({@code county.*}); the defaults are in {@code application.yml}
 * and documented in {@code examples/README.md}.
 *
 * @param seedCases     how many simulated cases of the quickstart year are loaded into an empty
 *                      store at start-up (0: none)
 * @param seed          the seed of the simulated year
 * @param unmaskedRoles the roles that see personal data unmasked (in their own division)
 * @param users         who may sign in
 */
@ConfigurationProperties("county")
public record CountyProperties(@DefaultValue("0") int seedCases, @DefaultValue("20250101") long seed,
    @DefaultValue({"OPERATIONS_CENTER", "GOVERNANCE_CENTER"}) List<String> unmaskedRoles, List<User> users) {

  /** Copies the lists. */
  public CountyProperties {
    unmaskedRoles = List.copyOf(unmaskedRoles);
    users = users == null ? List.of() : List.copyOf(users);
  }

  /**
   * A user of the example.
   *
   * @param name       the basic-auth user name, also the actor's id
   * @param password   the basic-auth password
   * @param token      the bearer token (and Open311 {@code api_key})
   * @param role       the case engine's role ({@code OPERATIONS_CENTER}, {@code DEPARTMENT}, ...)
   * @param division   the division the user acts for: it may act on cases within it
   * @param department for a department user, its department id: it acts only on the cases
   *                   dispatched to it (empty: any handler)
   */
  public record User(String name, String password, String token, String role, String division,
      @DefaultValue("") String department) {

    /** Hides the secrets. */
    @Override
    public String toString() {
      return "User[" + name + ", " + role + ", " + division + "]";
    }
  }
}
