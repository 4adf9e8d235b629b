package io.github.shiyu.governance.examples.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's options: {@code --name value} or {@code --name=value}, each at most once.
 *
 * <pre>{@code
 * Options o = Options.parse(List.of("--from", "GCJ02", "--to=WGS84"), Set.of("from", "to"));
 * o.require("from");   // "GCJ02"
 * }</pre>
 */
public final class Options {

  private final Map<String, String> values;
  private final Map<String, List<String>> repeated;

  private Options(Map<String, String> values, Map<String, List<String>> repeated) {
    this.values = Collections.unmodifiableMap(values);
    this.repeated = Collections.unmodifiableMap(repeated);
  }

  /**
   * Parses the arguments after the command name.
   *
   * @param arguments the arguments
   * @param known     the option names the command accepts, without dashes
   * @return the options
   * @throws UsageException for an unknown, repeated or valueless option or a stray argument
   */
  public static Options parse(List<String> arguments, Set<String> known) throws UsageException {
    return parse(arguments, known, Set.of());
  }

  /**
   * Parses the arguments after the command name, some options repeatable
   * ({@code --layer A --layer B}).
   *
   * @param arguments  the arguments
   * @param known      the option names the command accepts, without dashes
   * @param repeatable those of them that may be given more than once
   * @return the options
   * @throws UsageException for an unknown, repeated or valueless option or a stray argument
   */
  public static Options parse(List<String> arguments, Set<String> known, Set<String> repeatable)
      throws UsageException {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, List<String>> repeated = new LinkedHashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if (!argument.startsWith("--") || argument.length() == 2) {
        throw new UsageException("unexpected argument '" + argument + "'");
      }
      String name = argument.substring(2);
      String value;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      } else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
        value = arguments.get(++i);
      } else {
        throw new UsageException("option --" + name + " needs a value");
      }
      if (!known.contains(name)) {
        throw new UsageException("unknown option --" + name);
      }
      repeated.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
      if (values.putIfAbsent(name, value) != null && !repeatable.contains(name)) {
        throw new UsageException("option --" + name + " given twice");
      }
    }
    return new Options(values, repeated);
  }

  /**
   * An optional option's value.
   *
   * @param name the option without dashes
   * @return the value, if given
   */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * Every value of a repeatable option, in order.
   *
   * @param name the option without dashes
   * @return the values, possibly none
   */
  public List<String> all(String name) {
    return List.copyOf(repeated.getOrDefault(name, List.of()));
  }

  /**
   * A required option's value.
   *
   * @param name the option without dashes
   * @return the value
   * @throws UsageException when it is missing
   */
  public String require(String name) throws UsageException {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new UsageException("missing option --" + name);
    }
    return value;
  }

  /**
   * The names given, in order.
   *
   * @return the option names
   */
  public List<String> names() {
    return List.copyOf(values.keySet());
  }
}
