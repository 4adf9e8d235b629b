package io.github.shiyu.governance.server;

import java.util.List;
import java.util.Map;

/**
 * The XML form of Open311's documents, from the same maps as the JSON: a root element, one
 * element per item, one child element per field (an empty one for an absent value), nested
 * maps as nested elements.
 */
final class Open311Xml {

  private Open311Xml() {}

  static String list(String root, String item, List<Map<String, Object>> items) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
    for (Map<String, Object> i : items) {
      element(x, item, i);
    }
    return x.append("</").append(root).append(">\n").toString();
  }

  static String single(String root, Map<String, Object> fields) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    element(x, root, fields);
    return x.append('\n').toString();
  }

  private static void element(StringBuilder x, String name, Object value) {
    x.append('<').append(name).append('>');
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> element(x, String.valueOf(k), v));
    } else if (value instanceof List<?> list) {
      for (Object v : list) {
        element(x, "item", v);
      }
    } else if (value != null) {
      escape(x, String.valueOf(value));
    }
    x.append("</").append(name).append('>');
  }

  private static void escape(StringBuilder x, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> x.append("&lt;");
        case '>' -> x.append("&gt;");
        case '&' -> x.append("&amp;");
        case '"' -> x.append("&quot;");
        case '\'' -> x.append("&apos;");
        default -> {
          // XML 1.0 has no escape for other control characters: leave them out.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            x.append(c);
          }
        }
      }
    }
  }
}
