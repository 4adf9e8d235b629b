package io.github.shiyu.governance.grid;

/**
 * A GeoJSON feature that could not become a grid: its position in the file's
 * {@code features} array (from 0), its id (the feature's {@code id} or its {@code code}
 * property, or {@code "?"}), and what was wrong.
 *
 * <pre>{@code
 * GeoJsonRead read = GridLayer.readLenient(in, CoordinateSystem.GCJ02, CoordinateSystem.CGCS2000);
 * for (FeatureProblem p : read.problems()) {
 *   log.warn("feature {} ({}): {}", p.index(), p.id(), p.message());
 * }
 * }</pre>
 *
 * @param index position in the features array, from 0
 * @param id the feature's id, or {@code "?"}
 * @param message what was wrong, starting with the error code id where there is one
 */
public record FeatureProblem(int index, String id, String message) {}
