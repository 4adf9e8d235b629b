package io.github.shiyu.governance.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates valid documents into broken ones for the readers' generated-input tests: character
 * flips, deletions, insertions of structural characters, truncation, duplicated and dropped
 * lines, huge numbers, deep nesting, and personal data (an ID number and a mobile number)
 * so that the tests can check that messages never echo them in full.
 */
public final class Mutations {

  /** A valid ID number the mutations plant; a message must never contain it in full. */
  public static final String RESIDENT_ID = "11010519491231002X";
  /** A valid mobile number the mutations plant; a message must never contain it in full. */
  public static final String PHONE = "13812345678";

  /** The planted phone as a whole token, not digits inside some other number. */
  private static final java.util.regex.Pattern PHONE_TOKEN =
      java.util.regex.Pattern.compile("(?<![0-9.])" + PHONE + "(?![0-9])");
  private static final String STRUCTURAL = "{}[]\",:\n\r\\'#.-+eE0 \t";
  private static final List<String> PLANTS = List.of(RESIDENT_ID, PHONE, "\"" + RESIDENT_ID
      + "\"", "1e999999", "-1e-999999", "99999999999999999999999999999", "1".repeat(1200),
      "NaN", "null", "true", "\u0000", "\uFEFF", "\uD800", "张三", "0x1F", "2026-02-30",
      "9999-99-99", "+999999999-12-31T23:59:59Z", "1900-01-01", "\"\"", ",,,,", "\n\n",
      "\"\"\"", "T", "Z", "..");

  private final Random random;

  public Mutations(long seed) {
    this.random = new Random(seed);
  }

  /**
   * One to three mutations of one of the seeds.
   *
   * @param seeds valid documents
   * @return a mutated document
   */
  public String next(List<String> seeds) {
    String text = seeds.get(random.nextInt(seeds.size()));
    int times = 1 + random.nextInt(3);
    for (int i = 0; i < times; i++) {
      text = mutate(text);
    }
    return text;
  }

  private String mutate(String text) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    switch (random.nextInt(11)) {
      case 0 -> {
        if (at < text.length()) {
          return text.substring(0, at) + anyChar() + text.substring(at + 1);
        }
        return text + anyChar();
      }
      case 1 -> {
        int end = Math.min(text.length(), at + 1 + random.nextInt(12));
        return text.substring(0, at) + text.substring(end);
      }
      case 2 -> {
        char c = STRUCTURAL.charAt(random.nextInt(STRUCTURAL.length()));
        return text.substring(0, at) + c + text.substring(at);
      }
      case 3 -> {
        return text.substring(0, at);
      }
      case 4, 5 -> {
        return lines(text, random.nextInt(3));
      }
      case 6 -> {
        return text.substring(0, at) + PLANTS.get(random.nextInt(PLANTS.size()))
            + text.substring(at);
      }
      case 7 -> {
        // Replace the token under the cursor with a planted value.
        int end = at;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
        int start = at;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
          start--;
        }
        return text.substring(0, start) + PLANTS.get(random.nextInt(PLANTS.size()))
            + text.substring(end);
      }
      case 8 -> {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 20 : 3000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + (random.nextBoolean() ? close.repeat(depth) : "");
        return text.substring(0, at) + nested + text.substring(at);
      }
      case 9 -> {
        char c = at < text.length() ? text.charAt(at) : 'x';
        return text.substring(0, at) + c + c + c + text.substring(Math.min(text.length(), at + 1));
      }
      default -> {
        if (at < text.length()) {
          char c = text.charAt(at);
          char flipped = (char) (c ^ (1 << random.nextInt(8)));
          return text.substring(0, at) + flipped + text.substring(at + 1);
        }
        return text;
      }
    }
  }

  /** Duplicates, drops or swaps lines. */
  private String lines(String text, int how) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int i = random.nextInt(lines.size());
    switch (how) {
      case 0 -> lines.add(i, lines.get(i));
      case 1 -> lines.remove(i);
      default -> {
        int j = random.nextInt(lines.size());
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
      }
    }
    return String.join("\n", lines);
  }

  private char anyChar() {
    return switch (random.nextInt(4)) {
      case 0 -> STRUCTURAL.charAt(random.nextInt(STRUCTURAL.length()));
      case 1 -> (char) ('0' + random.nextInt(10));
      case 2 -> (char) (32 + random.nextInt(95));
      default -> (char) random.nextInt(0x10000);
    };
  }

  /**
   * Whether a message echoes the planted ID number or phone in full.
   *
   * @param message an exception's message
   * @return true if it does
   */
  public static boolean echoesPersonalData(String message) {
    return message.contains(RESIDENT_ID) || PHONE_TOKEN.matcher(message).find();
  }

  /**
   * The input for an assertion message: shortened, control characters escaped.
   *
   * @param input the mutated document
   * @return at most about 400 characters
   */
  public static String shown(String input) {
    String s = input.length() > 400 ? input.substring(0, 400) + "...(" + input.length()
        + " chars)" : input;
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c < 32 || (c >= 0xD800 && c <= 0xDFFF)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
