package io.github.shiyu.governance.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.shiyu.governance.core.InvalidValueException;
import io.github.shiyu.governance.core.MissingDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTaxonomyTest {

  private final CategoryTaxonomy standard = CategoryTaxonomy.standard();

  private List<String> childCodes(String code) {
    return standard.children(standard.require(code)).stream().map(CaseCategory::code).toList();
  }

  @Test
  void theFifteenDisputeCategoriesInOrder() {
    assertThat(childCodes("dispute")).containsExactly(
        "dispute.marriage_family", "dispute.neighbour", "dispute.housing_homestead",
        "dispute.contract", "dispute.production_business", "dispute.damages",
        "dispute.forest_land", "dispute.land_requisition_demolition",
        "dispute.environmental_pollution", "dispute.labour", "dispute.consumer",
        "dispute.medical", "dispute.road_traffic", "dispute.property_management",
        "dispute.other");
    assertThat(standard.require("dispute.labour").name()).isEqualTo("劳动争议纠纷");
  }

  @Test
  void hotlineKinds() {
    assertThat(childCodes("hotline")).containsExactly("hotline.consultation",
        "hotline.help_seeking", "hotline.complaint", "hotline.report", "hotline.suggestion");
  }

  @Test
  void cityManagementMajorClasses() {
    assertThat(childCodes("citymgmt")).containsExactly("citymgmt.event", "citymgmt.component");
    assertThat(childCodes("citymgmt.event")).containsExactly("citymgmt.event.city_appearance",
        "citymgmt.event.advertising", "citymgmt.event.construction", "citymgmt.event.emergency",
        "citymgmt.event.street_order", "citymgmt.event.other");
    assertThat(childCodes("citymgmt.component")).containsExactly(
        "citymgmt.component.public_facilities", "citymgmt.component.road_traffic",
        "citymgmt.component.city_appearance", "citymgmt.component.landscaping",
        "citymgmt.component.housing_land", "citymgmt.component.other");
    assertThat(standard.roots()).extracting(CaseCategory::code)
        .containsExactly("dispute", "hotline", "citymgmt");
  }

  @Test
  void everyStandardCategoryHasItsParent() {
    standard.stream().forEach(c -> {
      assertThat(c.parentCode().map(standard::find).map(p -> p.isPresent()).orElse(true))
          .as(c.code()).isTrue();
      assertThat(standard.ancestors(c)).hasSize(c.depth() - 1);
    });
  }

  @Test
  void vendorsAddSecondLevelTypesWithoutChangingTheStandard() {
    CategoryTaxonomy vendor = standard.with(
        CaseCategory.of("dispute.labour.wage_arrears", "拖欠工资", "Wage arrears"),
        CaseCategory.of("dispute.labour.wage_arrears.migrant", "农民工欠薪", "Migrant wages"));
    CaseCategory migrant = vendor.require("dispute.labour.wage_arrears.migrant");
    assertThat(vendor.ancestors(migrant)).extracting(CaseCategory::code)
        .containsExactly("dispute.labour.wage_arrears", "dispute.labour", "dispute");
    assertThat(vendor.lineage(migrant)).extracting(CaseCategory::code)
        .containsExactly("dispute.labour.wage_arrears.migrant", "dispute.labour.wage_arrears",
            "dispute.labour", "dispute");
    assertThat(standard.lineage(standard.require("dispute"))).extracting(CaseCategory::code)
        .containsExactly("dispute");
    assertThat(vendor.parent(migrant)).map(CaseCategory::code)
        .contains("dispute.labour.wage_arrears");
    assertThat(standard.find("dispute.labour.wage_arrears")).isEmpty();
    assertThat(vendor.size()).isEqualTo(standard.size() + 2);
    assertThat(migrant.isWithin(standard.require("dispute"))).isTrue();
    assertThat(migrant.isWithin(standard.require("hotline"))).isFalse();
  }

  @Test
  void errors() {
    assertThatThrownBy(() -> standard.require("dispute.weather"))
        .isInstanceOf(MissingDataException.class)
        .hasMessage("category.unknown: no case category dispute.weather");
    assertThatThrownBy(() -> standard.with(CaseCategory.of("petition.visit", "走访", "Visit")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("category.parent: category petition.visit needs its parent petition in"
            + " the taxonomy first");
    assertThatThrownBy(() -> standard.with(CaseCategory.of("dispute.labour", "劳动", "Labour")))
        .hasMessage("category.duplicate: category dispute.labour is already in the taxonomy");
    assertThatThrownBy(() -> CaseCategory.of("Dispute.Labour", "x", "x"))
        .hasMessageStartingWith("category.code:");
    assertThatThrownBy(() -> CaseCategory.of("dispute..labour", "x", "x"))
        .hasMessageStartingWith("category.code:");
    assertThatThrownBy(() -> CaseCategory.of("dispute.x", " ", "x"))
        .hasMessage("category.name: the Chinese name of category dispute.x is blank");
  }

  @Test
  void parentCodeComesFromTheCode() {
    assertThat(CaseCategory.of("dispute", "矛盾纠纷", "Dispute").parentCode()).isEmpty();
    assertThat(standard.require("citymgmt.event.street_order").parentCode())
        .contains("citymgmt.event");
    assertThat(standard.require("citymgmt.event.street_order").depth()).isEqualTo(3);
  }
}
