/**
 * Parties and personal data: {@link io.github.shiyu.governance.core.party.ResidentId},
 * {@link io.github.shiyu.governance.core.party.CreditCode},
 * {@link io.github.shiyu.governance.core.party.PhoneNumber},
 * {@link io.github.shiyu.governance.core.party.Party} and the
 * {@link io.github.shiyu.governance.core.party.MaskingPolicy} that hides personal data in every
 * {@code toString}, JSON form and error message. Full values come out only through
 * {@code reveal()} (and {@code Party.name()}).
 *
 * <p>Each parser has a non-throwing {@code check(CharSequence)} returning the first rule broken
 * as a {@code Problem} constant with its stable error code.
 *
 * <pre>{@code
 * ResidentId id = ResidentId.parse("11010519491231002X");
 * System.out.println(id);                 // 110105********002X
 * ResidentId.check("110105194912310021"); // Optional[CHECK_CHARACTER]
 * }</pre>
 */
package io.github.shiyu.governance.core.party;
