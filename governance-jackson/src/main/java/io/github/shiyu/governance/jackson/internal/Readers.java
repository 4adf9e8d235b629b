package io.github.shiyu.governance.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import io.github.shiyu.governance.core.ErrorCode;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.jackson.InvalidJsonValueException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Jackson 2 deserializers: each parses with the type's own factory, so JSON gets the same
 * rules. Object-valued types run {@link CoreForms}' read steps over {@link Fields}, this
 * module's adapter of {@link ObjectFields}.
 */
public final class Readers {

  private Readers() {
  }

  /**
   * Parses text with a type's factory. Text holding the mask character (unless it is
   * {@code '\0'}) was written for display and is refused rather than parsed.
   */
  public static <T> T parseText(JsonParser p, String text, Function<String, T> parse,
      char maskCharacter) throws InvalidJsonValueException {
    if (maskCharacter != 0 && text.indexOf(maskCharacter) >= 0) {
      throw invalid(p, InvalidJsonValueException.MASKED);
    }
    try {
      return parse.apply(text);
    } catch (GovernanceException e) {
      throw new InvalidJsonValueException(p, e);
    } catch (RuntimeException e) {
      throw unreadable(p, e);
    }
  }

  /**
   * A rule of the JSON form broken at the parser's position.
   *
   * @param p         where the value was read
   * @param code      the rule
   * @param arguments the message's arguments
   * @return the exception
   */
  public static InvalidJsonValueException invalid(JsonParser p, ErrorCode code,
      Object... arguments) {
    return new InvalidJsonValueException(p, new InvalidValueException(code, arguments));
  }

  /**
   * A factory failed in a way its type does not document (an arithmetic overflow at the
   * edge of the time line, say): still a bad value, reported without the exception's own
   * message, which may quote the value.
   */
  public static InvalidJsonValueException unreadable(JsonParser p, RuntimeException e) {
    return invalid(p, InvalidJsonValueException.UNREADABLE,
        e.getClass().getSimpleName());
  }

  /** A value written as one JSON string. */
  public static final class FromString<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;
    private final char maskCharacter;

    /**
     * A deserializer parsing with the factory.
     *
     * @param type          the value type
     * @param parse         its factory
     * @param maskCharacter the mask character refused, or {@code '\0'}
     */
    public FromString(Class<T> type, Function<String, T> parse, char maskCharacter) {
      this.type = type;
      this.parse = parse;
      this.maskCharacter = maskCharacter;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw invalid(p, InvalidJsonValueException.WRONG_TYPE, "a string");
      }
      return parseText(p, p.getText(), parse, maskCharacter);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** A map key written as the value's string form. */
  public static final class Key<T> extends KeyDeserializer {
    private final Function<String, T> parse;

    /**
     * A key deserializer parsing with the factory.
     *
     * @param parse the factory
     */
    public Key(Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      return parseText(ctxt.getParser(), key, parse, '\0');
    }
  }

  /**
   * One object-valued type's read step.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface Step<T> {
    /**
     * Reads the value from its fields.
     *
     * @param fields the fields
     * @return the value
     * @throws InvalidJsonValueException for a bad field
     */
    T read(Fields fields) throws InvalidJsonValueException;
  }

  /**
   * Reads an object as a tree; its fields' errors carry the field name in their path.
   *
   * @param <T> the value type
   */
  public static final class FromObject<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Step<T> step;

    /**
     * A deserializer running the read step.
     *
     * @param type the value type
     * @param step the read step (one of {@link CoreForms}')
     */
    public FromObject(Class<T> type, Step<T> step) {
      this.type = type;
      this.step = step;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.START_OBJECT)) {
        throw invalid(p, InvalidJsonValueException.WRONG_TYPE, "an object");
      }
      JsonNode node = p.readValueAsTree();
      return step.read(new Fields(p, type, node));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** The fields of one object being read, from Jackson 2's tree. */
  public static final class Fields implements ObjectFields<InvalidJsonValueException> {
    private final JsonParser parser;
    private final Class<?> owner;
    private final JsonNode node;
    /** The object holding this one in an array, or null for the value read. */
    private final Fields parent;
    private final String parentField;
    private final int index;

    Fields(JsonParser parser, Class<?> owner, JsonNode node) {
      this(parser, owner, node, null, null, -1);
    }

    private Fields(JsonParser parser, Class<?> owner, JsonNode node, Fields parent,
        String parentField, int index) {
      this.parser = parser;
      this.owner = owner;
      this.node = node;
      this.parent = parent;
      this.parentField = parentField;
      this.index = index;
    }

    @Override
    public boolean has(String field) {
      return node.hasNonNull(field);
    }

    private JsonNode require(String field) throws InvalidJsonValueException {
      if (!has(field)) {
        throw at(field, invalid(parser,
            InvalidJsonValueException.MISSING_FIELD, field));
      }
      return node.get(field);
    }

    @Override
    public String text(String field) throws InvalidJsonValueException {
      JsonNode value = require(field);
      if (!value.isTextual()) {
        throw wrongType(field, "a string");
      }
      return value.textValue();
    }

    @Override
    public double number(String field) throws InvalidJsonValueException {
      JsonNode value = require(field);
      if (!value.isNumber()) {
        throw wrongType(field, "a number");
      }
      return value.doubleValue();
    }

    @Override
    public boolean bool(String field) throws InvalidJsonValueException {
      JsonNode value = require(field);
      if (!value.isBoolean()) {
        throw wrongType(field, "true or false");
      }
      return value.booleanValue();
    }

    @Override
    public int integer(String field) throws InvalidJsonValueException {
      JsonNode value = require(field);
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        throw wrongType(field, "an integer");
      }
      return value.intValue();
    }

    @Override
    public Instant instant(String field) throws InvalidJsonValueException {
      String text = text(field);
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw wrongType(field, "an ISO-8601 instant such as 2024-10-08T16:00:00Z");
      }
    }

    /** The objects of an array field, each reporting its errors under its index; absent is empty. */
    @Override
    public List<Fields> objects(String field) throws InvalidJsonValueException {
      if (!has(field)) {
        return List.of();
      }
      JsonNode array = node.get(field);
      if (!array.isArray()) {
        throw wrongType(field, "an array");
      }
      List<Fields> out = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        Fields item = new Fields(parser, owner, array.get(i), this, field, i);
        if (!array.get(i).isObject()) {
          throw item.located(invalid(parser,
              InvalidJsonValueException.WRONG_TYPE, "an object"));
        }
        out.add(item);
      }
      return out;
    }

    @Override
    public <E extends Enum<E>> E constant(String field, Class<E> type) throws InvalidJsonValueException {
      String name = text(field);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
      throw at(field, invalid(parser, InvalidJsonValueException.UNKNOWN_NAME,
          Arrays.toString(type.getEnumConstants())));
    }

    /** Runs a factory; its error is reported at the field. */
    @Override
    public <R> R parse(String field, Function<String, R> factory, char maskCharacter)
        throws InvalidJsonValueException {
      String text = text(field);
      try {
        return parseText(parser, text, factory, maskCharacter);
      } catch (InvalidJsonValueException e) {
        throw at(field, e);
      }
    }

    /** Runs a check over several fields; its error is reported at the given field. */
    @Override
    public <R> R parse(String field, Supplier<R> factory)
        throws InvalidJsonValueException {
      try {
        return factory.get();
      } catch (GovernanceException e) {
        throw at(field, new InvalidJsonValueException(parser, e));
      } catch (RuntimeException e) {
        throw at(field, unreadable(parser, e));
      }
    }

    private InvalidJsonValueException wrongType(String field, String expected) {
      return at(field, invalid(parser, InvalidJsonValueException.WRONG_TYPE,
          expected));
    }

    private InvalidJsonValueException at(String field, InvalidJsonValueException e) {
      e.prependPath(owner, field);
      return located(e);
    }

    /** Adds the path from the value read down to this object. */
    private InvalidJsonValueException located(InvalidJsonValueException e) {
      if (parent != null) {
        e.prependPath(owner, index);
        parent.at(parentField, e);
      }
      return e;
    }
  }
}
