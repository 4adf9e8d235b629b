package io.github.shiyu.governance.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.geo.CoordinateSystem;
import io.github.shiyu.governance.core.geo.GeoPoint;
import io.github.shiyu.governance.grid.testing.Layers;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GridIndexTest {

  private static final GridLayer LAYER = Layers.tiling(80, 17);
  private static final GridIndex INDEX = GridIndex.of(LAYER);

  @Test
  void everyPointOfTheRegionFindsTheGridAtItsPosition() {
    qt().withExamples(1000).forAll(doubles().between(1e-6, 0.99999), doubles().between(1e-6, 0.99999)).checkAssert((fx, fy) -> {
      double x = Layers.REGION.getMinX() + fx * Layers.REGION.getWidth();
      double y = Layers.REGION.getMinY() + fy * Layers.REGION.getHeight();
      int k = INDEX.locateIndex(x, y);
      assertThat(k).isBetween(0, LAYER.size() - 1);
      assertThat(INDEX.locate(GeoPoint.of(x, y, CoordinateSystem.CGCS2000))).contains(INDEX.grid(k));
    });
  }

  @Test
  void pointsInAnotherSystemAreConvertedFirst() {
    qt().withExamples(300).forAll(doubles().between(0.01, 0.99), doubles().between(0.01, 0.99)).checkAssert((fx, fy) -> {
      GeoPoint wgs = GeoPoint.of(Layers.REGION.getMinX() + fx * Layers.REGION.getWidth(),
          Layers.REGION.getMinY() + fy * Layers.REGION.getHeight(), CoordinateSystem.WGS84);
      GeoPoint gcj = wgs.to(CoordinateSystem.GCJ02);
      // GCJ-02 moves points here by hundreds of metres: reading it as CGCS2000 would be wrong
      assertThat(INDEX.locate(gcj)).isEqualTo(INDEX.locate(gcj.to(CoordinateSystem.CGCS2000)));
    });
  }

  @Test
  void outsideTheLayerThereIsNoGrid() {
    assertThat(INDEX.locate(GeoPoint.of(113.0, 33.0, CoordinateSystem.CGCS2000))).isEmpty();
    assertThat(INDEX.locateIndex(Layers.REGION.getMaxX() + 1e-12, 32.01)).isEqualTo(-1);
    assertThat(INDEX.locateIndex(Double.NaN, 32.01)).isEqualTo(-1);
  }

  @Test
  void theBulkFormGivesTheSingleAnswers() {
    SplittableRandom random = new SplittableRandom(1);
    int n = 5000;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = Layers.REGION.getMinX() - 0.001 + random.nextDouble() * (Layers.REGION.getWidth() + 0.002);
      ys[i] = Layers.REGION.getMinY() - 0.001 + random.nextDouble() * (Layers.REGION.getHeight() + 0.002);
    }
    int[] out = new int[n];
    INDEX.locateAll(xs, ys, out);
    for (int i = 0; i < n; i++) {
      assertThat(out[i]).isEqualTo(INDEX.locateIndex(xs[i], ys[i]));
    }
    assertThat(out).contains(-1);
    assertThatThrownBy(() -> INDEX.locateAll(xs, ys, new int[1])).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theBulkFormConvertsFromTheCallersSystem() {
    SplittableRandom random = new SplittableRandom(2);
    int n = 500;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      GeoPoint gcj = GeoPoint.of(Layers.REGION.getMinX() + random.nextDouble() * Layers.REGION.getWidth(),
          Layers.REGION.getMinY() + random.nextDouble() * Layers.REGION.getHeight(), CoordinateSystem.GCJ02);
      xs[i] = gcj.longitude();
      ys[i] = gcj.latitude();
    }
    int[] out = new int[n];
    INDEX.locateAll(CoordinateSystem.GCJ02, xs, ys, out);
    for (int i = 0; i < n; i++) {
      int k = out[i];
      assertThat(INDEX.locate(GeoPoint.of(xs[i], ys[i], CoordinateSystem.GCJ02)))
          .isEqualTo(k < 0 ? java.util.Optional.empty() : java.util.Optional.of(INDEX.grid(k)));
    }
    assertThat(xs[0]).isEqualTo(GeoPoint.of(xs[0], ys[0], CoordinateSystem.GCJ02).longitude());
  }

  @Test
  void emptyAndSingleGridLayersWork() {
    GridIndex empty = GridIndex.of(GridLayer.of(CoordinateSystem.CGCS2000, java.util.List.of()));
    assertThat(empty.locateIndex(0, 0)).isEqualTo(-1);
    assertThat(empty.locate(GeoPoint.of(112.1, 32.0, CoordinateSystem.CGCS2000))).isEmpty();
    GridIndex one = GridIndex.of(GridLayer.of(CoordinateSystem.CGCS2000,
        java.util.List.of(Layers.grid(1, Layers.square(112.1, 32.0, 0.01)))));
    assertThat(one.locateIndex(112.105, 32.005)).isZero();
    assertThat(one.locateIndex(112.115, 32.005)).isEqualTo(-1);
  }

  @Test
  void theIndexIsSmall() {
    // about 2,400 edges: well under 100 kB of arrays
    assertThat(INDEX.heapBytes()).isBetween(1_000L, 200_000L);
  }

  @Test
  void aLayerWithMoreThan64CopiesOfOneGridCannotBeIndexed() {
    java.util.List<Grid> copies = new java.util.ArrayList<>();
    for (int n = 1; n <= 65; n++) {
      copies.add(Layers.grid(n, Layers.square(112.1, 32.0, 0.01)));
    }
    GridLayer crowded = GridLayer.of(CoordinateSystem.CGCS2000, copies);
    assertThatThrownBy(() -> GridIndex.of(crowded))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(LayerErrors.INDEX_CROWDED));
    assertThat(GridIndex.of(GridLayer.of(CoordinateSystem.CGCS2000, copies.subList(0, 64))).locateIndex(112.105, 32.005))
        .isZero();
  }
}
