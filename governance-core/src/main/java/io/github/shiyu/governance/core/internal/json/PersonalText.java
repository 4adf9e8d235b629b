package io.github.shiyu.governance.core.internal.json;

import io.github.shiyu.governance.core.party.MaskingPolicy;
import io.github.shiyu.governance.core.party.Party;
import io.github.shiyu.governance.core.party.PhoneNumber;
import io.github.shiyu.governance.core.party.ResidentId;

/**
 * The one place that decides whether personal data is written masked or in full.
 *
 * @param policy the masking policy
 * @param reveal whether to write in full (trusted storage)
 */
public record PersonalText(MaskingPolicy policy, boolean reveal) {

  /**
   * An ID number as written.
   *
   * @param id the ID number
   * @return masked, or in full when revealing
   */
  public String residentId(ResidentId id) {
    return reveal ? id.reveal() : policy.mask(id);
  }

  /**
   * A phone as written.
   *
   * @param phone the phone
   * @return masked, or in full when revealing
   */
  public String phone(PhoneNumber phone) {
    return reveal ? phone.reveal() : policy.mask(phone);
  }

  /**
   * A party's name as written (an organisation's is never masked).
   *
   * @param party the party
   * @return masked, or in full when revealing
   */
  public String name(Party party) {
    return reveal ? party.name() : party.maskedName(policy);
  }
}
