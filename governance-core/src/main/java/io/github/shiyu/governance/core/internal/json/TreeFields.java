package io.github.shiyu.governance.core.internal.json;

import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fields of one JSON object read as a plain Java tree ({@code Map}, {@code List},
 * {@code String}, {@code Number}, {@code Boolean}, {@code null}: what either Jackson's
 * untyped reader gives), the one {@link ObjectFields} both Jackson modules use.
 *
 * @param <X> the exception a bad field is reported with
 */
public final class TreeFields<X extends Exception> implements ObjectFields<X> {

  /**
   * How a Jackson module makes and locates its exception.
   *
   * @param <X> the exception
   */
  public interface Failures<X extends Exception> {
    /**
     * A broken rule of a value.
     *
     * @param error the rule
     * @return the exception, without a path yet
     */
    X invalid(GovernanceException error);

    /**
     * Prepends a field name to the exception's path.
     *
     * @param e     the exception
     * @param field the field
     */
    void at(X e, String field);

    /**
     * Prepends an array index to the exception's path.
     *
     * @param e     the exception
     * @param index the index
     */
    void at(X e, int index);
  }

  private final Failures<X> failures;
  private final Map<?, ?> node;
  /** The object holding this one in an array, or null for the value read. */
  private final TreeFields<X> parent;
  private final String parentField;
  private final int index;

  /**
   * The fields of the object read.
   *
   * @param failures the module's exceptions
   * @param node     the object
   */
  public TreeFields(Failures<X> failures, Map<?, ?> node) {
    this(failures, node, null, null, -1);
  }

  private TreeFields(Failures<X> failures, Map<?, ?> node, TreeFields<X> parent,
      String parentField, int index) {
    this.failures = failures;
    this.node = node;
    this.parent = parent;
    this.parentField = parentField;
    this.index = index;
  }

  /**
   * A broken rule of the JSON form, without a path yet.
   *
   * @param <X>       the exception
   * @param failures  the module's exceptions
   * @param code      the rule
   * @param arguments the message's arguments
   * @return the exception
   */
  public static <X extends Exception> X invalid(Failures<X> failures, ErrorCode code,
      Object... arguments) {
    return failures.invalid(new InvalidValueException(code, arguments));
  }

  /**
   * Parses text with a type's factory. Text holding the mask character (unless it is
   * {@code '\0'}) was written for display and is refused rather than parsed.
   *
   * @param <X>           the exception
   * @param <T>           the value type
   * @param failures      the module's exceptions
   * @param text          the text
   * @param parse         the factory
   * @param maskCharacter the mask character, or {@code '\0'}
   * @return the value
   * @throws X if masked or refused
   */
  public static <X extends Exception, T> T parseText(Failures<X> failures, String text,
      Function<String, T> parse, char maskCharacter) throws X {
    if (maskCharacter != 0 && text.indexOf(maskCharacter) >= 0) {
      throw invalid(failures, JsonErrors.MASKED);
    }
    try {
      return parse.apply(text);
    } catch (GovernanceException e) {
      throw failures.invalid(e);
    } catch (RuntimeException e) {
      throw unreadable(failures, e);
    }
  }

  /**
   * A factory failed in a way its type does not document (an arithmetic overflow at the
   * edge of the time line, say): still a bad value, reported without the exception's own
   * message, which may quote the value.
   */
  private static <X extends Exception> X unreadable(Failures<X> failures, RuntimeException e) {
    return invalid(failures, JsonErrors.UNREADABLE, e.getClass().getSimpleName());
  }

  @Override
  public boolean has(String field) {
    return node.get(field) != null;
  }

  private Object require(String field) throws X {
    Object value = node.get(field);
    if (value == null) {
      throw at(field, invalid(failures, JsonErrors.MISSING_FIELD, field));
    }
    return value;
  }

  @Override
  public String text(String field) throws X {
    if (!(require(field) instanceof String value)) {
      throw wrongType(field, "a string");
    }
    return value;
  }

  @Override
  public double number(String field) throws X {
    if (!(require(field) instanceof Number value)) {
      throw wrongType(field, "a number");
    }
    return value.doubleValue();
  }

  @Override
  public boolean bool(String field) throws X {
    if (!(require(field) instanceof Boolean value)) {
      throw wrongType(field, "true or false");
    }
    return value;
  }

  @Override
  public int integer(String field) throws X {
    Object value = require(field);
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof Long l && l == l.intValue()) {
      return l.intValue();
    }
    if (value instanceof BigInteger b && b.bitLength() < Integer.SIZE) {
      return b.intValue();
    }
    throw wrongType(field, "an integer");
  }

  @Override
  public Instant instant(String field) throws X {
    String text = text(field);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw wrongType(field, "an ISO-8601 instant such as 2024-10-08T16:00:00Z");
    }
  }

  @Override
  public List<TreeFields<X>> objects(String field) throws X {
    if (!has(field)) {
      return List.of();
    }
    if (!(node.get(field) instanceof List<?> array)) {
      throw wrongType(field, "an array");
    }
    List<TreeFields<X>> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      Object element = array.get(i);
      Map<?, ?> object = element instanceof Map<?, ?> m ? m : Map.of();
      TreeFields<X> item = new TreeFields<>(failures, object, this, field, i);
      if (!(element instanceof Map)) {
        throw item.located(invalid(failures, JsonErrors.WRONG_TYPE, "an object"));
      }
      out.add(item);
    }
    return out;
  }

  @Override
  public <E extends Enum<E>> E constant(String field, Class<E> type) throws X {
    String name = text(field);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw at(field, invalid(failures, JsonErrors.UNKNOWN_NAME,
        Arrays.toString(type.getEnumConstants())));
  }

  @Override
  public <R> R parse(String field, Function<String, R> factory, char maskCharacter) throws X {
    String text = text(field);
    if (maskCharacter != 0 && text.indexOf(maskCharacter) >= 0) {
      throw at(field, invalid(failures, JsonErrors.MASKED));
    }
    return parse(field, () -> factory.apply(text));
  }

  @Override
  public <R> R parse(String field, Supplier<R> factory) throws X {
    try {
      return factory.get();
    } catch (GovernanceException e) {
      throw at(field, failures.invalid(e));
    } catch (RuntimeException e) {
      throw at(field, unreadable(failures, e));
    }
  }

  private X wrongType(String field, String expected) {
    return at(field, invalid(failures, JsonErrors.WRONG_TYPE, expected));
  }

  private X at(String field, X e) {
    failures.at(e, field);
    return located(e);
  }

  /** Adds the path from the value read down to this object. */
  private X located(X e) {
    if (parent != null) {
      failures.at(e, index);
      parent.at(parentField, e);
    }
    return e;
  }
}
