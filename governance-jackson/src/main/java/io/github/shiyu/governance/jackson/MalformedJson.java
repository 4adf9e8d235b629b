package io.github.shiyu.governance.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.shiyu.governance.core.party.MaskingPolicy;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and why a JSON document could not be parsed, taken from Jackson's exception in a form
 * fit for a {@link io.github.shiyu.governance.core.GovernanceException}'s message: the line,
 * the column, the JSON Pointer of the value being read, and Jackson's description with the
 * document's own text taken out.
 *
 * <p>The SDK's readers that parse JSON themselves (case facts, GeoJSON grid layers) turn
 * Jackson's syntax errors into an {@link io.github.shiyu.governance.core.InvalidValueException}
 * with this description: malformed input is bad input, not an I/O failure. Jackson quotes
 * the tokens it could not read, and a broken document may have an ID number or a name where
 * the token was, so quoted tokens are dropped and long digit runs masked (in the pointer's
 * field names too).
 *
 * <pre>{@code
 * try {
 *   mapper.readTree("[{\"case_id\": \"A1\",}]");
 * } catch (JsonProcessingException e) {
 *   MalformedJson.of(e).toString();
 *   // "line 1, column 19, at /0: Unexpected character ('}' (code 125)): was expecting ..."
 * }
 * }</pre>
 *
 * @param line    the line, from 1, or -1 when Jackson does not know it
 * @param column  the column, from 1, or -1 when Jackson does not know it
 * @param pointer the JSON Pointer (RFC 6901) of the value being read; empty for the root
 * @param problem Jackson's description, without the document's text
 */
public record MalformedJson(int line, int column, String pointer, String problem) {

  private static final int MAX_PROBLEM = 200;
  private static final int MAX_POINTER = 100;
  private static final Pattern QUOTED = Pattern.compile("'([^']{2,})'");
  private static final Set<String> JSON_WORDS = Set.of("null", "true", "false", "NaN",
      "INF", "+INF", "-INF", "Infinity", "+Infinity", "-Infinity");

  /**
   * Checks the components.
   *
   * @param line    the line, from 1, or -1
   * @param column  the column, from 1, or -1
   * @param pointer the JSON Pointer, empty for the root
   * @param problem the description
   */
  public MalformedJson {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(problem, "problem");
  }

  /**
   * Describes a Jackson exception.
   *
   * @param e what Jackson threw while parsing or binding
   * @return the location and description
   */
  public static MalformedJson of(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    // Field names come from the document too: a broken one may be a value.
    String pointer = MaskingPolicy.defaults().maskNumbersIn(pointer(e));
    if (pointer.length() > MAX_POINTER) {
      pointer = pointer.substring(0, MAX_POINTER) + "...";
    }
    return new MalformedJson(line, column, pointer, clean(e.getOriginalMessage()));
  }

  private static String pointer(JsonProcessingException e) {
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      StringBuilder out = new StringBuilder();
      for (JsonMappingException.Reference ref : m.getPath()) {
        out.append('/');
        if (ref.getFieldName() != null) {
          out.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
        } else {
          out.append(ref.getIndex());
        }
      }
      return out.toString();
    }
    if (e.getProcessor() instanceof JsonParser parser) {
      JsonStreamContext context = parser.getParsingContext();
      // A context that has not started its first entry would point at index -1.
      while (context != null && context.inArray() && context.getCurrentIndex() < 0) {
        context = context.getParent();
      }
      return context == null ? "" : context.pathAsPointer().toString();
    }
    return "";
  }

  private static String clean(String message) {
    String text = message == null ? "malformed JSON" : message;
    Matcher m = QUOTED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String quoted = JSON_WORDS.contains(m.group(1)) ? m.group() : "'...'";
      m.appendReplacement(out, Matcher.quoteReplacement(quoted));
    }
    m.appendTail(out);
    String cleaned = MaskingPolicy.defaults().maskNumbersIn(out.toString().replace('\n', ' '));
    return cleaned.length() <= MAX_PROBLEM ? cleaned : cleaned.substring(0, MAX_PROBLEM) + "...";
  }

  /**
   * The location and the problem, for a message.
   *
   * @return e.g. {@code line 1, column 19, at /0: Unexpected character ...}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (line > 0) {
      out.append("line ").append(line).append(", column ").append(column).append(", ");
    }
    out.append("at ").append(pointer.isEmpty() ? "/" : pointer).append(": ").append(problem);
    return out.toString();
  }
}
