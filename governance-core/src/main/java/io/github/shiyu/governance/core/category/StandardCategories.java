package io.github.shiyu.governance.core.category;

import java.util.List;

/** The categories of {@link CategoryTaxonomy#standard()}, parents first. */
final class StandardCategories {

  private StandardCategories() {
  }

  static List<CaseCategory> all() {
    return List.of(
        // The 15 dispute types of people's-mediation statistics (矛盾纠纷排查化解统计).
        c("dispute", "矛盾纠纷", "Dispute"),
        c("dispute.marriage_family", "婚姻家庭纠纷", "Marriage and family dispute"),
        c("dispute.neighbour", "邻里纠纷", "Neighbour dispute"),
        c("dispute.housing_homestead", "房屋宅基地纠纷", "Housing and homestead dispute"),
        c("dispute.contract", "合同纠纷", "Contract dispute"),
        c("dispute.production_business", "生产经营纠纷", "Production and business dispute"),
        c("dispute.damages", "损害赔偿纠纷", "Damages dispute"),
        c("dispute.forest_land", "山林土地纠纷", "Forest and land dispute"),
        c("dispute.land_requisition_demolition", "征地拆迁纠纷",
            "Land requisition and demolition dispute"),
        c("dispute.environmental_pollution", "环境污染纠纷", "Environmental pollution dispute"),
        c("dispute.labour", "劳动争议纠纷", "Labour dispute"),
        c("dispute.consumer", "消费纠纷", "Consumer dispute"),
        c("dispute.medical", "医疗纠纷", "Medical dispute"),
        c("dispute.road_traffic", "道路交通事故纠纷", "Road traffic accident dispute"),
        c("dispute.property_management", "物业纠纷", "Property management dispute"),
        c("dispute.other", "其他纠纷", "Other dispute"),
        // The request kinds of the 12345 government service hotline.
        c("hotline", "12345热线诉求", "Hotline request"),
        c("hotline.consultation", "咨询", "Consultation"),
        c("hotline.help_seeking", "求助", "Help-seeking"),
        c("hotline.complaint", "投诉", "Complaint"),
        c("hotline.report", "举报", "Report"),
        c("hotline.suggestion", "建议", "Suggestion"),
        // Digital city management (数字化城市管理): major classes of events and components.
        c("citymgmt", "数字化城市管理", "Digital city management"),
        c("citymgmt.event", "事件", "City management event"),
        c("citymgmt.event.city_appearance", "市容环境", "City appearance and environment"),
        c("citymgmt.event.advertising", "宣传广告", "Publicity and advertising"),
        c("citymgmt.event.construction", "施工管理", "Construction management"),
        c("citymgmt.event.emergency", "突发事件", "Emergency"),
        c("citymgmt.event.street_order", "街面秩序", "Street order"),
        c("citymgmt.event.other", "其他事件", "Other event"),
        c("citymgmt.component", "部件", "City management component"),
        c("citymgmt.component.public_facilities", "公用设施", "Public facilities"),
        c("citymgmt.component.road_traffic", "道路交通", "Road traffic facilities"),
        c("citymgmt.component.city_appearance", "市容环境", "City appearance facilities"),
        c("citymgmt.component.landscaping", "园林绿化", "Landscaping and greenery"),
        c("citymgmt.component.housing_land", "房屋土地", "Housing and land"),
        c("citymgmt.component.other", "其他设施", "Other facilities"));
  }

  private static CaseCategory c(String code, String name, String englishName) {
    return new CaseCategory(code, name, englishName);
  }
}
