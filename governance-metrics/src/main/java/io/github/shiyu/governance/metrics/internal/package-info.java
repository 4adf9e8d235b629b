/** Implementation of the metrics module; not exported. */
package io.github.shiyu.governance.metrics.internal;
