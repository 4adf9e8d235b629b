package io.github.shiyu.governance.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.shiyu.governance.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GeoPointTest {

  private static Gen<Double> chinaLongitudes() {
    return doubles().between(73.6, 134.7);
  }

  private static Gen<Double> chinaLatitudes() {
    return doubles().between(18.2, 53.5);
  }

  @Test
  void gcjToWgsToGcjReturnsWithinHalfAMetre() {
    qt().withExamples(1000)
        .forAll(chinaLongitudes(), chinaLatitudes())
        .check((lng, lat) -> {
          GeoPoint gcj = GeoPoint.of(lng, lat, CoordinateSystem.GCJ02);
          GeoPoint wgs = gcj.to(CoordinateSystem.WGS84);
          GeoPoint back = wgs.to(CoordinateSystem.GCJ02);
          return back.crs() == CoordinateSystem.GCJ02
              && gcj.distanceMeters(back) < 0.5
              && rawDistance(gcj, back) < 0.01
              && rawDistance(gcj, wgs) > 1; // the offset really applies inside China
        });
  }

  @Test
  void wgsToGcjToWgsReturnsWithinHalfAMetre() {
    qt().withExamples(1000)
        .forAll(chinaLongitudes(), chinaLatitudes())
        .check((lng, lat) -> {
          GeoPoint wgs = GeoPoint.of(lng, lat, CoordinateSystem.WGS84);
          return rawDistance(wgs, wgs.to(CoordinateSystem.GCJ02).to(CoordinateSystem.WGS84)) < 0.5;
        });
  }

  @Test
  void bd09RoundTripsWithinHalfAMetre() {
    qt().withExamples(1000)
        .forAll(chinaLongitudes(), chinaLatitudes())
        .check((lng, lat) -> {
          GeoPoint bd = GeoPoint.of(lng, lat, CoordinateSystem.BD09);
          GeoPoint viaGcj = bd.to(CoordinateSystem.GCJ02).to(CoordinateSystem.BD09);
          GeoPoint viaWgs = bd.to(CoordinateSystem.WGS84).to(CoordinateSystem.BD09);
          return rawDistance(bd, viaGcj) < 0.5 && rawDistance(bd, viaWgs) < 0.5;
        });
  }

  @Test
  void invalidCoordinatesGiveTypedErrors() {
    qt().withExamples(1000)
        .forAll(doubles().any(), doubles().any())
        .check((lng, lat) -> {
          boolean valid = lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90;
          try {
            GeoPoint p = GeoPoint.of(lng, lat, CoordinateSystem.BD09);
            p.to(CoordinateSystem.WGS84).to(CoordinateSystem.GCJ02).distanceMeters(p);
            return valid;
          } catch (InvalidValueException e) {
            return !valid && e.code().id().startsWith("geo.");
          }
        });
  }

  @Test
  void matchesTheWidelyUsedPublicImplementation() {
    // Reference values of the open-source coordtransform library's README for (116.404, 39.915).
    GeoPoint gcj = GeoPoint.of(116.404, 39.915, CoordinateSystem.WGS84).to(CoordinateSystem.GCJ02);
    assertThat(gcj.longitude()).isCloseTo(116.41024449916938, within(1e-9));
    assertThat(gcj.latitude()).isCloseTo(39.91640428150164, within(1e-9));
    GeoPoint bd = GeoPoint.of(116.404, 39.915, CoordinateSystem.GCJ02).to(CoordinateSystem.BD09);
    assertThat(bd.longitude()).isCloseTo(116.41036949371029, within(1e-9));
    assertThat(bd.latitude()).isCloseTo(39.92133699351021, within(1e-9));
    // Its inverses are one-step approximations; ours iterate, so they agree to centimetres
    // (about 1e-6 degrees) and ours maps back exactly.
    GeoPoint wgs = GeoPoint.of(116.404, 39.915, CoordinateSystem.GCJ02).to(CoordinateSystem.WGS84);
    assertThat(wgs.longitude()).isCloseTo(116.39775550083061, within(2e-6));
    assertThat(wgs.latitude()).isCloseTo(39.91359571849836, within(2e-6));
    GeoPoint forward = wgs.to(CoordinateSystem.GCJ02);
    assertThat(forward.longitude()).isCloseTo(116.404, within(1e-9));
    assertThat(forward.latitude()).isCloseTo(39.915, within(1e-9));
    GeoPoint fromBd = GeoPoint.of(116.404, 39.915, CoordinateSystem.BD09).to(CoordinateSystem.GCJ02);
    assertThat(fromBd.longitude()).isCloseTo(116.39762729119315, within(2e-6));
    assertThat(fromBd.latitude()).isCloseTo(39.90865673957631, within(2e-6));
    GeoPoint bdAgain = fromBd.to(CoordinateSystem.BD09);
    assertThat(bdAgain.longitude()).isCloseTo(116.404, within(1e-9));
    assertThat(bdAgain.latitude()).isCloseTo(39.915, within(1e-9));
  }

  @Test
  void knownOffsetsAndTheBoxOutsideChina() {
    // Tiananmen, WGS-84 -> GCJ-02: the public algorithm moves it about 0.0061 E, 0.0014 N.
    GeoPoint wgs = GeoPoint.of(116.391, 39.907, CoordinateSystem.WGS84);
    GeoPoint gcj = wgs.to(CoordinateSystem.GCJ02);
    assertThat(gcj.longitude() - wgs.longitude()).isCloseTo(0.00624, within(0.0003));
    assertThat(gcj.latitude() - wgs.latitude()).isCloseTo(0.00140, within(0.0003));
    GeoPoint bd = gcj.to(CoordinateSystem.BD09);
    assertThat(bd.longitude() - gcj.longitude()).isCloseTo(0.0065, within(0.0008));
    assertThat(bd.latitude() - gcj.latitude()).isCloseTo(0.0060, within(0.0008));
    // London is outside the box: GCJ-02 equals WGS-84 there.
    GeoPoint london = GeoPoint.of(-0.1276, 51.5072, CoordinateSystem.WGS84);
    assertThat(london.to(CoordinateSystem.GCJ02).longitude()).isEqualTo(london.longitude());
    assertThat(london.to(CoordinateSystem.GCJ02).latitude()).isEqualTo(london.latitude());
    assertThat(CoordinateConversion.isShifted(116.4, 39.9)).isTrue();
    assertThat(CoordinateConversion.isShifted(-0.1, 51.5)).isFalse();
    // CGCS2000 is treated as WGS-84.
    GeoPoint cgcs = wgs.to(CoordinateSystem.CGCS2000);
    assertThat(cgcs.longitude()).isEqualTo(wgs.longitude());
    assertThat(cgcs.to(CoordinateSystem.GCJ02)).isEqualTo(gcj);
  }

  @Test
  void distanceAndRangeErrors() {
    // Beijing to Shanghai (WGS-84) is about 1,067 km.
    GeoPoint beijing = GeoPoint.of(116.4074, 39.9042, CoordinateSystem.WGS84);
    GeoPoint shanghai = GeoPoint.of(121.4737, 31.2304, CoordinateSystem.WGS84);
    assertThat(beijing.distanceMeters(shanghai)).isCloseTo(1_067_000, within(5_000.0));
    assertThat(beijing.distanceMeters(beijing.to(CoordinateSystem.BD09))).isLessThan(0.01);
    assertThatThrownBy(() -> GeoPoint.of(181, 0, CoordinateSystem.WGS84))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("geo.longitude")
        .hasMessageContaining("181");
    assertThatThrownBy(() -> GeoPoint.of(0, Double.NaN, CoordinateSystem.WGS84))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("geo.latitude");
  }

  @Test
  void bulkConversionMatchesSinglePointsAndChecksFirst() {
    double[] lngs = {116.391, 121.4737, -0.1276, 73.7};
    double[] lats = {39.907, 31.2304, 51.5072, 39.4};
    double[] lngs2 = lngs.clone();
    double[] lats2 = lats.clone();
    CoordinateConversion.convert(CoordinateSystem.BD09, CoordinateSystem.WGS84, lngs, lats);
    for (int i = 0; i < lngs.length; i++) {
      GeoPoint p = GeoPoint.of(lngs2[i], lats2[i], CoordinateSystem.BD09).to(CoordinateSystem.WGS84);
      assertThat(lngs[i]).isEqualTo(p.longitude());
      assertThat(lats[i]).isEqualTo(p.latitude());
    }
    double[] bad = {116.0, 200.0};
    double[] ok = {39.0, 39.0};
    assertThatThrownBy(
            () -> CoordinateConversion.convert(CoordinateSystem.WGS84, CoordinateSystem.GCJ02, bad, ok))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("index 1");
    assertThat(bad[0]).isEqualTo(116.0); // untouched
    assertThatThrownBy(
            () -> CoordinateConversion.convert(CoordinateSystem.WGS84, CoordinateSystem.GCJ02, bad, new double[1]))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("geo.array_length");
  }

  /** Haversine between the raw numbers, ignoring the systems. */
  private static double rawDistance(GeoPoint a, GeoPoint b) {
    return GeoPoint.of(a.longitude(), a.latitude(), CoordinateSystem.WGS84)
        .distanceMeters(GeoPoint.of(b.longitude(), b.latitude(), CoordinateSystem.WGS84));
  }
}
