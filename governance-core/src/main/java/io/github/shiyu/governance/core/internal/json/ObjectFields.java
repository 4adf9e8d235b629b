package io.github.shiyu.governance.core.internal.json;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fields of one JSON object being read, as {@link CoreForms}' read steps see them.
 *
 * <p>Free of any Jackson type on purpose: the steps that turn fields into core values (and
 * decide which field a broken rule is reported at) are the JSON form itself, which the
 * Jackson 2 and the Jackson 3 module both read. {@link TreeFields} is the one implementation,
 * over a plain Java tree; each library's {@link TreeFields.Failures} throws its own exception
 * type {@code X}, which carries the JSON path and the rule's error code.
 *
 * @param <X> the exception the adapter reports a bad field with
 */
public interface ObjectFields<X extends Exception> {

  /**
   * Whether the field is present and not {@code null}.
   *
   * @param field the field name
   * @return {@code true} if present
   */
  boolean has(String field);

  /**
   * A required string field.
   *
   * @param field the field name
   * @return its text
   * @throws X if absent or not a string
   */
  String text(String field) throws X;

  /**
   * A required number field.
   *
   * @param field the field name
   * @return its value
   * @throws X if absent or not a number
   */
  double number(String field) throws X;

  /**
   * A required boolean field.
   *
   * @param field the field name
   * @return its value
   * @throws X if absent or not a boolean
   */
  boolean bool(String field) throws X;

  /**
   * A required integer field (in {@code int} range).
   *
   * @param field the field name
   * @return its value
   * @throws X if absent or not an integer
   */
  int integer(String field) throws X;

  /**
   * A required ISO-8601 instant field.
   *
   * @param field the field name
   * @return the instant
   * @throws X if absent or not an instant
   */
  Instant instant(String field) throws X;

  /**
   * The objects of an array field, each reporting its errors under its index; absent is
   * empty.
   *
   * @param field the field name
   * @return the objects
   * @throws X if not an array of objects
   */
  List<? extends ObjectFields<X>> objects(String field) throws X;

  /**
   * A required field naming an enumeration constant.
   *
   * @param <E>   the enumeration
   * @param field the field name
   * @param type  the enumeration's class
   * @return the constant
   * @throws X if absent or not one of the constants' names
   */
  <E extends Enum<E>> E constant(String field, Class<E> type) throws X;

  /**
   * Runs a factory on a string field; its error is reported at the field. Text holding the
   * mask character (unless it is {@code '\0'}) was written for display and is refused.
   *
   * @param <R>           the value type
   * @param field         the field name
   * @param factory       the type's factory
   * @param maskCharacter the mask character, or {@code '\0'} for values never masked
   * @return the value
   * @throws X if absent, masked, or refused by the factory
   */
  <R> R parse(String field, Function<String, R> factory, char maskCharacter) throws X;

  /**
   * Runs a check over several fields; its error is reported at the given field.
   *
   * @param <R>     the value type
   * @param field   the field the error is reported at
   * @param factory the check
   * @return the value
   * @throws X if the check fails
   */
  <R> R parse(String field, Supplier<R> factory) throws X;
}
