package io.github.shiyu.governance.core.internal.json;

import java.io.IOException;

/**
 * Where {@link CoreForms}' write steps put a JSON object: each Jackson module adapts its
 * generator, so that both write the same fields in the same order.
 */
public interface FormSink {

  /**
   * Starts an object (the value itself, an array element, or after a field name).
   *
   * @throws IOException from the generator
   */
  void startObject() throws IOException;

  /**
   * Starts an object-valued field.
   *
   * @param field the field name
   * @throws IOException from the generator
   */
  void startObject(String field) throws IOException;

  /**
   * Ends the current object.
   *
   * @throws IOException from the generator
   */
  void endObject() throws IOException;

  /**
   * Starts an array-valued field.
   *
   * @param field the field name
   * @throws IOException from the generator
   */
  void startArray(String field) throws IOException;

  /**
   * Ends the current array.
   *
   * @throws IOException from the generator
   */
  void endArray() throws IOException;

  /**
   * A field name, its value to follow (an object or an array element's writer).
   *
   * @param field the field name
   * @throws IOException from the generator
   */
  void name(String field) throws IOException;

  /**
   * A string field.
   *
   * @param field the field name
   * @param value the text
   * @throws IOException from the generator
   */
  void string(String field, String value) throws IOException;

  /**
   * A string array element.
   *
   * @param value the text
   * @throws IOException from the generator
   */
  void string(String value) throws IOException;

  /**
   * A floating-point field.
   *
   * @param field the field name
   * @param value the number
   * @throws IOException from the generator
   */
  void number(String field, double value) throws IOException;

  /**
   * An integer field.
   *
   * @param field the field name
   * @param value the number
   * @throws IOException from the generator
   */
  void integer(String field, long value) throws IOException;

  /**
   * A boolean field.
   *
   * @param field the field name
   * @param value the value
   * @throws IOException from the generator
   */
  void bool(String field, boolean value) throws IOException;
}
