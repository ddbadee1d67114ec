package cn.techmarket.voucher;

import java.math.BigDecimal;
import java.util.List;

public record ProviderView(long organizationId, String name, String city, Provider.Status status,
                           List<String> citiesServed, String note, List<ServiceView> services) {
    public record ServiceView(long id, ServiceCategory category, String nameZh, BigDecimal price, boolean active) {
        static ServiceView of(CatalogueService s) {
            return new ServiceView(s.id, s.category, s.nameZh, s.price, s.active);
        }
    }
}
