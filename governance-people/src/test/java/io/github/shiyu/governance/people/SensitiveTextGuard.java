package io.github.shiyu.governance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Scans every text the module's tests see for personal data: every log line the module writes
 * (its {@code System.Logger}s go to java.util.logging, captured here), every exception that
 * escapes a test or is caught through {@link #thrownBy}, and every {@code toString} handed to
 * {@link #seen}. The personal values are those {@link Fixtures} generated (names, resident
 * ids, phones, legal bases, findings), plus anything shaped like an 18-character id number or
 * a mobile number. Every test class of the module carries this extension
 * ({@code GuardTest} checks it).
 */
final class SensitiveTextGuard implements BeforeAllCallback, BeforeEachCallback,
    AfterEachCallback, TestExecutionExceptionHandler {

  static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
  static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

  private static final Set<String> SENSITIVE = ConcurrentHashMap.newKeySet();
  private static final ConcurrentLinkedQueue<String> TEXTS = new ConcurrentLinkedQueue<>();
  private static final Logger MODULE_LOG = Logger.getLogger("io.github.shiyu.governance.people");
  private static final Handler CAPTURE = new Handler() {
    @Override
    public void publish(LogRecord record) {
      TEXTS.add(String.valueOf(record.getMessage()));
      if (record.getThrown() != null) {
        TEXTS.add(String.valueOf(record.getThrown()));
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };
  private static volatile int logLines;

  static {
    CAPTURE.setLevel(Level.ALL);
    MODULE_LOG.setLevel(Level.ALL);
    MODULE_LOG.setUseParentHandlers(false);
    MODULE_LOG.addHandler(CAPTURE);
    MODULE_LOG.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        logLines++;
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    });
  }

  /** Marks a generated personal value as one that must never appear in a text. */
  static void sensitive(String value) {
    if (!value.isEmpty()) {
      SENSITIVE.add(value);
    }
  }

  /** Hands a text (usually a {@code toString}) to the scan. */
  static void seen(Object text) {
    TEXTS.add(String.valueOf(text));
  }

  /** Hands an exception's message, localized messages and {@code toString} to the scan. */
  static void seen(Throwable t) {
    TEXTS.add(String.valueOf(t));
    TEXTS.add(String.valueOf(t.getMessage()));
    TEXTS.add(String.valueOf(t.getLocalizedMessage()));
    if (t instanceof io.github.shiyu.governance.core.GovernanceException g) {
      TEXTS.add(g.localizedMessage(java.util.Locale.CHINA));
      TEXTS.add(String.valueOf(g.arguments()));
    }
  }

  /** AssertJ's {@code assertThatThrownBy}, with the exception's texts scanned. */
  static AbstractThrowableAssert<?, ? extends Throwable> thrownBy(ThrowingCallable action) {
    Throwable t = catchThrowable(action);
    assertThat(t).as("expected an exception").isNotNull();
    seen(t);
    return assertThat(t);
  }

  /** How many lines the module has logged in this JVM (to prove the capture works). */
  static int logLines() {
    return logLines;
  }

  /**
   * The findings of a scan: one line per offending text, with the kind of value found and the
   * text's length (the text itself is not repeated: it holds the leak).
   */
  static List<String> scan(Iterable<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      if (ID_NUMBER.matcher(text).find()) {
        out.add("an id number in a text of " + text.length() + " chars");
      }
      if (MOBILE.matcher(text).find()) {
        out.add("a mobile number in a text of " + text.length() + " chars");
      }
      for (String s : SENSITIVE) {
        if (text.contains(s)) {
          out.add("a generated personal value in: " + text.replace(s, "<" + s.length() + " chars>"));
        }
      }
    }
    return out;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // the static initialiser has attached the handlers
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TEXTS.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> texts = new ArrayList<>(TEXTS);
    TEXTS.clear();
    assertThat(scan(texts)).as("personal data in texts of %s", context.getDisplayName())
        .isEmpty();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    if (!(throwable instanceof AssertionError)) {
      seen(throwable);
    }
    throw throwable;
  }
}
