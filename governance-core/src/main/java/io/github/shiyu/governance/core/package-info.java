/**
 * Shiyu's shared foundations: the exception hierarchy with stable error codes.
 *
 * <p>Every error the SDK raises is a {@link io.github.shiyu.governance.core.GovernanceException}
 * with an {@link io.github.shiyu.governance.core.ErrorCode}; bad input is an
 * {@link io.github.shiyu.governance.core.InvalidValueException}, absent reference data a
 * {@link io.github.shiyu.governance.core.MissingDataException}.
 */
package io.github.shiyu.governance.core;
