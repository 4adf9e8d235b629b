package io.github.shiyu.governance.core.party;

/**
 * The part a {@link Party} plays in a case.
 *
 * <pre>{@code
 * Party.person("张三", PartyRole.APPLICANT);
 * }</pre>
 */
public enum PartyRole {
  /** 申请人: asks for mediation or another procedure. */
  APPLICANT,
  /** 被申请人: the other side of a dispute. */
  RESPONDENT,
  /** 信访人: files a petition. */
  PETITIONER,
  /** 诉求人 / 来电人: raises a hotline or grid request (12345, 城运). */
  REQUESTER,
  /** 代理人 / 代表人: acts for another party (lawyer, relative, elected representative). */
  REPRESENTATIVE,
  /** 第三人: has an interest in the outcome without being applicant or respondent. */
  THIRD_PARTY,
  /** 证人: gives evidence. */
  WITNESS
}
