package io.github.shiyu.governance.server;

import io.github.shiyu.governance.cases.Actor;
import io.github.shiyu.governance.cases.Role;
import io.github.shiyu.governance.core.division.DivisionCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs every request in as an {@link Access}: a bearer token ({@code Authorization: Bearer
 * ...}), basic auth, or for Open311 the {@code api_key} parameter; without credentials the
 * request is an anonymous citizen. Wrong credentials are refused with 401 before any handler
 * runs (a problem document, or the Open311 error array on {@code /open311}).
 *
 * <p>The users come from {@code county.users}: an example's fixed list, not an identity
 * provider; a vendor puts Spring Security with its own provider in front of the same
 * {@link Access}.
 */
@Component
public class AccessFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);

  private final Map<String, CountyProperties.User> byToken = new HashMap<>();
  private final Map<String, CountyProperties.User> byName = new HashMap<>();
  private final Map<String, Access> accessByName = new HashMap<>();

  /**
   * Reads the users.
   *
   * @param properties the example's settings
   */
  public AccessFilter(CountyProperties properties) {
    Set<String> unmasked = Set.copyOf(properties.unmaskedRoles());
    for (CountyProperties.User u : properties.users()) {
      byName.put(u.name(), u);
      if (u.token() != null && !u.token().isEmpty()) {
        byToken.put(u.token(), u);
      }
      Role role = Role.of(u.role());
      accessByName.put(u.name(), new Access(Actor.of(u.name(), role), Optional.of(DivisionCode.parse(u.division())),
          Optional.of(u.department()).filter(d -> !d.isEmpty()), unmasked.contains(role.name())));
    }
    LOG.info("County server users: {}", properties.users().stream().map(CountyProperties.User::toString)
        .collect(Collectors.joining(", ")));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Access> access;
    String header = request.getHeader("Authorization");
    boolean open311 = request.getRequestURI().startsWith("/open311/");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      access = byToken(header.substring(7).strip());
    } else if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      access = basic(header.substring(6).strip());
    } else if (open311 && request.getParameter("api_key") != null) {
      access = byToken(request.getParameter("api_key"));
    } else if (header != null) {
      access = Optional.empty();
    } else {
      access = Optional.of(Access.ANONYMOUS);
    }
    if (access.isEmpty()) {
      refuse(response, open311);
      return;
    }
    request.setAttribute(Access.ATTRIBUTE, access.get());
    chain.doFilter(request, response);
  }

  private Optional<Access> byToken(String token) {
    CountyProperties.User u = byToken.get(token);
    return u == null ? Optional.empty() : Optional.of(accessByName.get(u.name()));
  }

  private Optional<Access> basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    CountyProperties.User u = byName.get(decoded.substring(0, colon));
    if (u == null || u.password() == null || !MessageDigest.isEqual(u.password().getBytes(StandardCharsets.UTF_8),
        decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(accessByName.get(u.name()));
  }

  private static void refuse(HttpServletResponse response, boolean open311) throws IOException {
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", "Basic realm=\"county-server\", Bearer");
    response.setCharacterEncoding("UTF-8");
    if (open311) {
      response.setContentType("application/json");
      response.getWriter().write("[{\"code\":401,\"description\":\"the api_key or credentials are not known\"}]");
    } else {
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"the token or user name and password are not known\"}");
    }
  }

  /**
   * The access of a signed-in user, for the tests and the load check.
   *
   * @param name the user's name
   * @return its access, if the user exists
   */
  public Optional<Access> access(String name) {
    return Optional.ofNullable(accessByName.get(name));
  }

  /**
   * The user names.
   *
   * @return the names
   */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }
}
