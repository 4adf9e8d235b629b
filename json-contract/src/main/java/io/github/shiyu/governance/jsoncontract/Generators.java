package io.github.shiyu.governance.jsoncontract;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of valid values, with check characters computed by independent oracles. */
// A copy of governance-core's test helper (core.party.Generators): test classes are not
// shared across modules on the module path; keep the two in step.
public final class Generators {

  public static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23",
      "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51",
      "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");
  public static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private Generators() {
  }

  public static Gen<String> digits(int n) {
    return integers().between(0, (int) Math.pow(10, n) - 1)
        .map(i -> String.format("%0" + n + "d", i));
  }

  public static Gen<LocalDate> birthDates(LocalDate from) {
    long today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toEpochDay();
    return Generate.longRange(from.toEpochDay(), today).map(LocalDate::ofEpochDay);
  }

  /** Valid 18-character resident IDs born from 1900 up to today. */
  public static Gen<String> residentIds() {
    return Generate.pick(PROVINCES).zip(regionDigits(), birthDates(LocalDate.of(1900, 1, 1)),
        digits(3), (p, r, d, s) -> withCheck(p + r + d.toString().replace("-", "") + s));
  }

  /** Digits 3-6 of a region: a county part only under a non-zero city part. */
  public static Gen<String> regionDigits() {
    return digits(4).map(d -> d.startsWith("00") ? "0000" : d);
  }

  /** ISO 7064 MOD 11-2 from its definition: weight 2^(n-1) mod 11 for position n from the right. */
  public static String withCheck(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int n = 18 - i;
      sum += (first17.charAt(i) - '0') * BigInteger.TWO.modPow(BigInteger.valueOf(n - 1),
          BigInteger.valueOf(11)).intValue();
    }
    int check = (12 - sum % 11) % 11;
    return first17 + (check == 10 ? "X" : String.valueOf(check));
  }

  public static Gen<Character> creditCharacters() {
    return integers().between(0, 30).map(i -> CREDIT_ALPHABET.charAt(i));
  }

  public static Gen<String> creditStrings(int n) {
    Gen<String> one = creditCharacters().map(c -> Character.toString(c));
    Gen<String> out = Generate.constant("");
    for (int i = 0; i < n; i++) {
      out = out.zip(one, String::concat);
    }
    return out;
  }

  /** Valid credit codes: authority, type, region, organisation code with GB 11714 check, check. */
  public static Gen<String> creditCodes() {
    Gen<String> authority = Generate.pick(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9",
        "A", "N", "Y"));
    return authority.zip(creditStrings(1), digits(6), creditStrings(8),
        (a, t, r, o) -> creditWithCheck(a + t + r + organisationWithCheck(o)));
  }

  public static String organisationWithCheck(String first8) {
    int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(first8.charAt(i), 36) * w[i];
    }
    int c = 11 - sum % 11;
    return first8 + (c == 11 ? "0" : c == 10 ? "X" : String.valueOf(c));
  }

  public static String creditWithCheck(String first17) {
    long sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * BigInteger.valueOf(3)
          .modPow(BigInteger.valueOf(i), BigInteger.valueOf(31)).longValue();
    }
    int c = (int) (31 - sum % 31);
    return first17 + CREDIT_ALPHABET.charAt(c == 31 ? 0 : c);
  }

  /** Canonical mobile numbers. */
  public static Gen<String> mobiles() {
    return integers().between(3, 9).zip(digits(9), (p, rest) -> "1" + p + rest);
  }

  /** Canonical landline numbers, area-local. */
  public static Gen<String> landlines() {
    Gen<String> area = Generate.oneOf(Generate.constant("010"),
        digits(1).map(d -> "02" + d), integers().between(3, 9).zip(digits(2), (a, b) -> "0" + a + b));
    Gen<String> local = integers().between(2, 9).zip(Generate.oneOf(digits(6), digits(7)),
        (first, rest) -> first + rest);
    return area.zip(local, (a, l) -> a + "-" + l);
  }

  /** A canonical number written in one of the accepted ways. */
  public static String format(String canonical, int style) {
    boolean mobile = canonical.startsWith("1");
    String digits = canonical.replace("-", "");
    switch (style % 5) {
      case 0:
        return canonical;
      case 1:
        return "+86 " + (mobile ? digits : digits.substring(1));
      case 2:
        return mobile ? digits.substring(0, 3) + " " + digits.substring(3, 7) + " "
            + digits.substring(7) : "(" + canonical.replace("-", ") ");
      case 3:
        return "0086-" + digits;
      default:
        return digits;
    }
  }
}
