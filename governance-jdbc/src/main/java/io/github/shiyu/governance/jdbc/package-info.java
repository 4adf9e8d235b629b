/**
 * A durable case store over JDBC: {@link io.github.shiyu.governance.jdbc.JdbcCaseStore}, its
 * {@link io.github.shiyu.governance.jdbc.Dialect dialects} and schema scripts, and the feed of
 * {@link io.github.shiyu.governance.jdbc.StoredEvent stored events} for projections.
 */
package io.github.shiyu.governance.jdbc;
