package io.github.shiyu.governance.core.internal.json;

import java.io.IOException;
import java.util.function.Function;

/**
 * What a Jackson module registers for each of core's types: {@link CoreForms#register} calls
 * it once per type, so that both Jackson modules cover the same types the same way.
 */
public interface FormRegistry {

  /**
   * A type written as one string (and, if {@code asKey}, usable as a map key).
   *
   * @param <T>           the type
   * @param type          the type
   * @param format        its string form
   * @param parse         its factory
   * @param maskCharacter the mask character refused when reading, or {@code '\0'}
   * @param asKey         whether it is also a map key
   */
  <T> void text(Class<T> type, Function<T, String> format, Function<String, T> parse,
      char maskCharacter, boolean asKey);

  /**
   * A type written as an object.
   *
   * @param <T>   the type
   * @param type  the type
   * @param write its write step
   * @param read  its read step
   */
  <T> void object(Class<T> type, WriteStep<T> write, ReadStep<T> read);

  /**
   * Writes one value.
   *
   * @param <T> the type
   */
  @FunctionalInterface
  interface WriteStep<T> {
    /**
     * Writes the value.
     *
     * @param value the value
     * @param out   the sink
     * @throws IOException from the sink
     */
    void write(T value, FormSink out) throws IOException;
  }

  /**
   * Reads one value from its fields, in whatever exception the module reports with.
   *
   * @param <T> the type
   */
  interface ReadStep<T> {
    /**
     * Reads the value.
     *
     * @param <X>    the module's exception
     * @param fields the fields
     * @return the value
     * @throws X for a bad field
     */
    <X extends Exception> T read(ObjectFields<X> fields) throws X;
  }
}
