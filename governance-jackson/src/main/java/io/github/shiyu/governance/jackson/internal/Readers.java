package io.github.shiyu.governance.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import io.github.shiyu.governance.core.GovernanceException;
import io.github.shiyu.governance.core.internal.json.CoreForms;
import io.github.shiyu.governance.core.internal.json.JsonErrors;
import io.github.shiyu.governance.core.internal.json.FormRegistry;
import io.github.shiyu.governance.core.internal.json.TreeFields;
import io.github.shiyu.governance.jackson.InvalidJsonValueException;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * The Jackson 2 deserializers: each parses with the type's own factory, so JSON gets the same
 * rules. Object-valued types run {@link CoreForms}' read steps over core's {@link TreeFields};
 * this class only adapts Jackson 2's parser and exception.
 */
public final class Readers {

  private Readers() {
  }

  /** Jackson 2's exception for a bad value, located at the parser. */
  private record Failures(JsonParser parser, Class<?> owner)
      implements TreeFields.Failures<InvalidJsonValueException> {
    @Override
    public InvalidJsonValueException invalid(GovernanceException error) {
      return new InvalidJsonValueException(parser, error);
    }

    @Override
    public void at(InvalidJsonValueException e, String field) {
      e.prependPath(owner, field);
    }

    @Override
    public void at(InvalidJsonValueException e, int index) {
      e.prependPath(owner, index);
    }
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
      Failures failures = new Failures(p, type);
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw TreeFields.invalid(failures, JsonErrors.WRONG_TYPE, "a string");
      }
      return TreeFields.parseText(failures, p.getText(), parse, maskCharacter);
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
      return TreeFields.parseText(new Failures(ctxt.getParser(), Object.class), key, parse,
          '\0');
    }
  }

  /**
   * Reads an object as a plain tree; its fields' errors carry the field name in their path.
   *
   * @param <T> the value type
   */
  public static final class FromObject<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final FormRegistry.ReadStep<T> step;

    /**
     * A deserializer running the read step.
     *
     * @param type the value type
     * @param step the read step (one of {@link CoreForms}')
     */
    public FromObject(Class<T> type, FormRegistry.ReadStep<T> step) {
      this.type = type;
      this.step = step;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Failures failures = new Failures(p, type);
      if (!p.hasToken(JsonToken.START_OBJECT)) {
        throw TreeFields.invalid(failures, JsonErrors.WRONG_TYPE, "an object");
      }
      Map<?, ?> tree = ctxt.readValue(p, Map.class);
      return step.read(new TreeFields<>(failures, tree));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
