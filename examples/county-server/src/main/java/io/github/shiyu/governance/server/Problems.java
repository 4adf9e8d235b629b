package io.github.shiyu.governance.server;

import io.github.shiyu.governance.cases.CaseErrors;
import io.github.shiyu.governance.cases.Rejection;
import io.github.shiyu.governance.cases.store.ConcurrencyConflictException;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import java.net.URI;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem documents for the case API and the reports: a workflow's rejection (type
 * {@value #REJECTION}, with {@code reasonCode}, {@code command} and {@code state}), the SDK's
 * validation errors (400, type {@value #INVALID}, with the error {@code code}), unknown cases
 * (404), refusals by role or division (403), conflicts (409); Spring MVC's own errors (unreadable
 * bodies, wrong parameter types, ...) are 400 problems through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice(assignableTypes = {CaseController.class, ReportController.class})
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class Problems extends ResponseEntityExceptionHandler {

  /** The problem type of a workflow's rejection. */
  public static final String REJECTION = "urn:shiyu:problem:rejection";
  /** The problem type of a value the SDK refused. */
  public static final String INVALID = "urn:shiyu:problem:invalid-value";
  /** The problem type of a refusal for the caller's role, division or department. */
  public static final String FORBIDDEN = "urn:shiyu:problem:forbidden";

  /** A refusal with a status and a detail, thrown by the controllers. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final String type;

    Refusal(HttpStatus status, String type, String detail) {
      super(detail);
      this.status = status;
      this.type = type;
    }
  }

  /** A workflow's rejection, thrown by the controllers. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Rejection rejection;

    Rejected(Rejection rejection) {
      super(rejection.message());
      this.rejection = rejection;
    }
  }

  static Refusal forbidden(String detail) {
    return new Refusal(HttpStatus.FORBIDDEN, FORBIDDEN, detail);
  }

  static Refusal badRequest(String detail) {
    return new Refusal(HttpStatus.BAD_REQUEST, INVALID, detail);
  }

  static void requireSignedIn(Access access) {
    if (!access.signedIn()) {
      throw new Refusal(HttpStatus.UNAUTHORIZED, "about:blank", "sign in with a token or basic auth");
    }
  }

  static <T> T required(String field, T value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw badRequest(field + " is required");
    }
    return value;
  }

  static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value) {
    required(field, value);
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw badRequest(field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", got '"
          + value + "'");
    }
  }

  @ExceptionHandler(Rejected.class)
  ResponseEntity<ProblemDetail> rejected(Rejected e) {
    Rejection r = e.rejection;
    HttpStatus status = CaseController.statusOf(r.reason());
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, r.message());
    p.setType(URI.create(REJECTION));
    p.setTitle("The workflow rejected the command");
    p.setProperty("reasonCode", r.reason().name());
    p.setProperty("command", r.command().value());
    r.state().ifPresent(s -> p.setProperty("state", s.toString()));
    return problem(p);
  }

  @ExceptionHandler(Refusal.class)
  ResponseEntity<ProblemDetail> refused(Refusal e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
    p.setType(URI.create(e.type));
    return problem(p);
  }

  @ExceptionHandler(GovernanceException.class)
  ResponseEntity<ProblemDetail> governance(GovernanceException e) {
    HttpStatus status;
    if (e.code().equals(CaseErrors.UNKNOWN_CASE)) {
      status = HttpStatus.NOT_FOUND;
    } else if (e instanceof ConcurrencyConflictException) {
      status = HttpStatus.CONFLICT;
    } else if (e.code().equals(CaseErrors.IDEMPOTENCY_KEY_REUSED) || e.code().equals(CaseErrors.DUPLICATE_CASE)) {
      status = HttpStatus.CONFLICT;
    } else if (e instanceof InvalidValueException || e instanceof MissingDataException) {
      status = HttpStatus.BAD_REQUEST;
    } else {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    // The SDK's messages never carry personal data unmasked (a rule of the codebase).
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.localizedMessage(Locale.ENGLISH));
    p.setType(URI.create(INVALID));
    p.setProperty("code", e.code().id());
    return problem(p);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "parameter '" + e.getName() + "' has an unreadable value");
    p.setType(URI.create(INVALID));
    return problem(p);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> illegal(IllegalArgumentException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
    p.setType(URI.create(INVALID));
    return problem(p);
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}
