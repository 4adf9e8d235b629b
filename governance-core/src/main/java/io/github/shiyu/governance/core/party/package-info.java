/**
 * Parties and personal data: ResidentId, CreditCode, PhoneNumber, Party and the MaskingPolicy that hides personal data in every toString, log and message.
 */
package io.github.shiyu.governance.core.party;
