package io.github.shiyu.governance.jackson3.internal;

import io.github.shiyu.governance.core.internal.json.CoreForms;
import io.github.shiyu.governance.core.internal.json.FormRegistry;
import io.github.shiyu.governance.core.internal.json.FormSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** The Jackson 3 serializers: {@link CoreForms}' write steps on Jackson 3's generator. */
public final class Writers {

  private Writers() {
  }

  /** Jackson 3's generator as the form's sink. */
  public record Sink(JsonGenerator gen) implements FormSink {
    @Override
    public void startObject() {
      gen.writeStartObject();
    }

    @Override
    public void startObject(String field) {
      gen.writeObjectPropertyStart(field);
    }

    @Override
    public void endObject() {
      gen.writeEndObject();
    }

    @Override
    public void startArray(String field) {
      gen.writeArrayPropertyStart(field);
    }

    @Override
    public void endArray() {
      gen.writeEndArray();
    }

    @Override
    public void name(String field) {
      gen.writeName(field);
    }

    @Override
    public void string(String field, String value) {
      gen.writeStringProperty(field, value);
    }

    @Override
    public void string(String value) {
      gen.writeString(value);
    }

    @Override
    public void number(String field, double value) {
      gen.writeNumberProperty(field, value);
    }

    @Override
    public void integer(String field, long value) {
      gen.writeNumberProperty(field, value);
    }

    @Override
    public void bool(String field, boolean value) {
      gen.writeBooleanProperty(field, value);
    }
  }

  /** A value written by one of {@link CoreForms}' write steps. */
  public static final class AsForm<T> extends ValueSerializer<T> {
    private final FormRegistry.WriteStep<T> step;

    /**
     * A serializer running the write step.
     *
     * @param step the step
     */
    public AsForm(FormRegistry.WriteStep<T> step) {
      this.step = step;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      try {
        step.write(value, new Sink(gen));
      } catch (IOException e) {
        // Jackson 3's sink throws only its own unchecked exceptions.
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A value written as one JSON string. */
  public static final class AsString<T> extends ValueSerializer<T> {
    private final Function<T, String> format;

    /**
     * A serializer writing the format.
     *
     * @param format the value's string form
     */
    public AsString(Function<T, String> format) {
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(format.apply(value));
    }
  }

  /** A map key written as the value's string form. */
  public static final class AsKey<T> extends ValueSerializer<T> {
    private final Function<T, String> format;

    /**
     * A key serializer writing the format.
     *
     * @param format the value's string form
     */
    public AsKey(Function<T, String> format) {
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeName(format.apply(value));
    }
  }
}
