package cn.techmarket.contract;

import cn.techmarket.testsupport.Contracts;
import cn.techmarket.testsupport.Listings;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ContractInputTest {
    @Inject
    EntityManager em;

    @Test
    void hostile_input_is_refused_on_its_field_and_nothing_is_stored() {
        int org = Listings.verifiedOrgOf("enterprise");
        long before = rows();
        refused(org, f -> f.put("totalAmount", "-1.00"), "totalAmount");
        refused(org, f -> f.put("totalAmount", "一百万"), "totalAmount");
        refused(org, f -> f.put("totalAmount", "100.001"), "totalAmount");
        refused(org, f -> Contracts.addCost(f, "EQUIPMENT", "-5.00"), "costLines[0].amount");
        refused(org, f -> {
            f.put("totalAmount", "100000.00");
            Contracts.addCost(f, "EQUIPMENT", "60000.00");
            Contracts.addCost(f, "PARTS", "40000.01");
        }, "costLines");
        refused(org, f -> seller(f).put("region", "999999"), "seller.region");
        refused(org, f -> seller(f).put("region", "51'; drop table tech_contract; --"), "seller.region");
        refused(org, f -> seller(f).put("creditCode", "91510603000000000X"), "seller.creditCode");
        refused(org, f -> f.put("subType", "TRANSFER_PATENT"), "expectedInvestment");
        refused(org, f -> f.put("tradeFlag", "EXPORT"), "buyer.country");
        refused(org, f -> f.put("ownerOrgId", 999999), "ownerOrgId");
        assertEquals(before, rows(), "nothing stored");

        Contracts.create("enterprise", Contracts.aContract(org, "510603", "100000.00")).then().statusCode(201);
        assertEquals(before + 1, rows(), "the same form, valid, is stored");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> seller(Map<String, Object> form) {
        Map<String, Object> seller = new HashMap<>((Map<String, Object>) form.get("seller"));
        form.put("seller", seller);
        return seller;
    }

    private static void refused(int org, Consumer<Map<String, Object>> hostile, String field) {
        Map<String, Object> form = Contracts.aContract(org, "510603", "100000.00");
        hostile.accept(form);
        Contracts.create("enterprise", form).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private long rows() {
        return ((Number) em.createNativeQuery("select count(*) from tech_contract").getSingleResult()).longValue()
                + ((Number) em.createNativeQuery("select count(*) from contract_cost_line").getSingleResult()).longValue();
    }
}
