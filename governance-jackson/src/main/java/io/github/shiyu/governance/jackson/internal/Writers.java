package io.github.shiyu.governance.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.shiyu.governance.core.internal.json.CoreForms;
import io.github.shiyu.governance.core.internal.json.FormRegistry;
import io.github.shiyu.governance.core.internal.json.FormSink;
import java.io.IOException;
import java.util.function.Function;

/**
 * The Jackson 2 serializers: {@link CoreForms}' write steps on Jackson 2's generator.
 */
public final class Writers {

  private Writers() {
  }

  /** Jackson 2's generator as the form's sink. */
  public record Sink(JsonGenerator gen) implements FormSink {
    @Override
    public void startObject() throws IOException {
      gen.writeStartObject();
    }

    @Override
    public void startObject(String field) throws IOException {
      gen.writeObjectFieldStart(field);
    }

    @Override
    public void endObject() throws IOException {
      gen.writeEndObject();
    }

    @Override
    public void startArray(String field) throws IOException {
      gen.writeArrayFieldStart(field);
    }

    @Override
    public void endArray() throws IOException {
      gen.writeEndArray();
    }

    @Override
    public void name(String field) throws IOException {
      gen.writeFieldName(field);
    }

    @Override
    public void string(String field, String value) throws IOException {
      gen.writeStringField(field, value);
    }

    @Override
    public void string(String value) throws IOException {
      gen.writeString(value);
    }

    @Override
    public void number(String field, double value) throws IOException {
      gen.writeNumberField(field, value);
    }

    @Override
    public void integer(String field, long value) throws IOException {
      gen.writeNumberField(field, value);
    }

    @Override
    public void bool(String field, boolean value) throws IOException {
      gen.writeBooleanField(field, value);
    }
  }

  /** A value written by one of {@link CoreForms}' write steps. */
  public static final class AsForm<T> extends JsonSerializer<T> {
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
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      step.write(value, new Sink(gen));
    }
  }

  /** A value written as one JSON string. */
  public static final class AsString<T> extends JsonSerializer<T> {
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
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format.apply(value));
    }
  }

  /** A map key written as the value's string form. */
  public static final class AsKey<T> extends JsonSerializer<T> {
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
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(format.apply(value));
    }
  }
}
