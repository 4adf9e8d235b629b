package io.github.shiyu.governance.core.org;

import io.github.shiyu.governance.core.InvalidValueException;
import java.util.regex.Pattern;

/**
 * An expert's field (专家类别): the kind of help an expert brings to a case. The three of the
 * seeds are constants; a county names its own with {@link #of}. In core because both the
 * dispatch's expert pools (governance-grid) and the case events that record an expert joining
 * a case (governance-cases) speak of it, and neither depends on the other (decision 0022).
 *
 * <pre>{@code
 * ExpertField.PSYCHOLOGY.chineseName();                        // "心理咨询"
 * ExpertField.of("accounting", "会计", "accounting");          // a county's own field
 * }</pre>
 *
 * @param code        the field's code in lower snake case
 * @param chineseName the Chinese name
 * @param englishName the English name
 */
public record ExpertField(String code, String chineseName, String englishName) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** 法律咨询: chief legal-consultation experts (Tongliao 57, Xiangyang 185). */
  public static final ExpertField LEGAL_CONSULTATION =
      new ExpertField("legal_consultation", "法律咨询", "legal consultation");
  /** 心理咨询: psychologists who join mediations (Tongliao 629). */
  public static final ExpertField PSYCHOLOGY = new ExpertField("psychology", "心理咨询",
      "psychology");
  /** 律师: lawyers on duty at the governance center. */
  public static final ExpertField LAWYER = new ExpertField("lawyer", "律师", "lawyer");

  /** Checks the code and names. */
  public ExpertField {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidValueException(OrgErrors.EXPERT_FIELD, "field code",
          "expected lower snake case, got " + code);
    }
    if (chineseName == null || chineseName.isBlank() || englishName == null
        || englishName.isBlank()) {
      throw new InvalidValueException(OrgErrors.EXPERT_FIELD, "field " + code,
          "needs a Chinese and an English name");
    }
  }

  /**
   * A field.
   *
   * @param code        lower snake case
   * @param chineseName the Chinese name
   * @param englishName the English name
   * @return the field
   */
  public static ExpertField of(String code, String chineseName, String englishName) {
    return new ExpertField(code, chineseName, englishName);
  }

  @Override
  public String toString() {
    return code;
  }
}
