package cn.techmarket.contract;

import cn.techmarket.org.Organization;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo contracts for the local run (same switch as the demo users' memberships), registered through
 * {@link HistoricalRegistrations} so that the amount history and {@link ContractRegistryChanged} (and whatever the
 * statistics keep from it) are exactly what a registrar's work would leave: registrations at 旌阳区, 广汉市 and 罗江区
 * in 2025 and 2026, one 变更登记, one 注销登记. Runs after the demo organizations are loaded; once only.
 */
@ApplicationScoped
public class DemoContracts {
    private static final Logger LOG = Logger.getLogger(DemoContracts.class);
    @ConfigProperty(name = "techmarket.demo-data.memberships", defaultValue = "false")
    boolean enabled;
    @Inject
    HistoricalRegistrations registrations;

    void onStart(@Observes @Priority(3000) StartupEvent start) {
        if (!enabled) {
            return;
        }
        try {
            LOG.infof("demo contracts loaded: %d events", load());
        } catch (RuntimeException e) {
            LOG.warnf("demo contracts not loaded: %s", e.getMessage());
        }
    }

    /** Answers how many events it wrote (0 when the demo contracts exist already or the organizations do not). */
    @ActivateRequestContext
    public int load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (TechContract.count("createdBy = ?1 and registrationNo like 'DEMO%'", "system") > 0
                    || Organization.count("creditCode", "915106034884507413") == 0) {
                return 0;
            }
            int events = 0;
            for (Object[] e : events()) {
                HistoricalRow row = (HistoricalRow) e[0];
                Organization owner = row.contract() == null ? null
                        : Organization.find("creditCode", row.contract().seller().creditCode()).firstResult();
                registrations.record(row, true, owner == null ? null : owner.id);
                events++;
            }
            return events;
        });
    }

    private static List<Object[]> events() {
        return List.of(
                reg("DEMO2025510603000001", "2025-11-20", "汽轮机叶片再制造工艺合作开发", ContractSubType.DEV_COOPERATIVE,
                        seller("中国第二重型机械集团有限公司", "91510603651168296A", "510603", SubjectType.ENTERPRISE),
                        buyer("四川达州钢铁集团有限责任公司", "91511702352734788E", "511702"),
                        TechnicalField.ADVANCED_MANUFACTURING, IpType.PATENT_INVENTION, "2400000.00", "0", null),
                reg("DEMO2026510603000001", "2026-03-16", "燃气轮机燃烧室高温涂层委托开发", ContractSubType.DEV_COMMISSIONED,
                        seller("东方电气集团东方汽轮机有限公司", "915106034884507413", "510603", SubjectType.ENTERPRISE),
                        buyer("四川达州钢铁集团有限责任公司", "91511702352734788E", "511702"),
                        TechnicalField.ADVANCED_MANUFACTURING, IpType.TECHNICAL_SECRET, "3200000.00", "200000.00", null),
                reg("DEMO2026510603000002", "2026-04-20", "智能制造产线技术培训", ContractSubType.SERVICE_TRAINING,
                        seller("四川工程职业技术学院", "12510603458930090R", "510603", SubjectType.UNIVERSITY),
                        buyer("东方电气集团东方电机有限公司", "91510603734278482C", "510603"),
                        TechnicalField.ADVANCED_MANUFACTURING, IpType.NONE, "180000.00", "0", null),
                reg("DEMO2026510681000001", "2026-05-11", "超深井钻机顶驱专利权转让", ContractSubType.TRANSFER_PATENT,
                        seller("四川宏华石油设备有限公司", "915106811100063740", "510681", SubjectType.ENTERPRISE),
                        buyer("中国石油化工股份有限公司中原油田普光分公司", "91511722365155080Q", "511722"),
                        TechnicalField.ADVANCED_MANUFACTURING, IpType.PATENT_INVENTION, "8600000.00", "600000.00",
                        new BigDecimal[]{new BigDecimal("30000000.00"), new BigDecimal("120000000.00")}),
                new Object[]{new HistoricalRow("DEMO2026510681000001", HistoricalRow.Event.CHANGED,
                        LocalDate.parse("2026-08-01"), null, null, new BigDecimal("9100000.00"),
                        new BigDecimal("600000.00"), "补充协议增加技术指导服务")},
                reg("DEMO2026510604000001", "2026-06-08", "玄武岩纤维拉丝漏板专利实施许可", ContractSubType.LICENSE_PATENT,
                        seller("四川玻纤集团有限公司", "91510604558992328X", "510604", SubjectType.ENTERPRISE),
                        buyer("四川炬原玄武岩纤维科技有限公司", "91511700526627588T", "511700"),
                        TechnicalField.NEW_MATERIALS, IpType.PATENT_INVENTION, "1500000.00", "0", null),
                new Object[]{new HistoricalRow("DEMO2026510604000001", HistoricalRow.Event.CANCELLED,
                        LocalDate.parse("2026-09-15"), null, null, null, null, "双方协商解除许可合同")});
    }

    private static Object[] reg(String no, String on, String title, ContractSubType type, ContractForm.PartyForm seller,
                                ContractForm.PartyForm buyer, TechnicalField field, IpType ip, String total,
                                String nonTechnical, BigDecimal[] expected) {
        BigDecimal costs = new BigDecimal(nonTechnical);
        List<ContractForm.CostLineForm> lines = costs.signum() == 0 ? List.of()
                : List.of(new ContractForm.CostLineForm(CostKind.EQUIPMENT, "专用试验设备", costs));
        ContractForm form = new ContractForm(title, type, seller, buyer, LocalDate.parse(on).minusDays(30), null, null,
                field, ip, PlanCategory.NONE, TradeFlag.DOMESTIC, expected == null ? null : expected[0],
                expected == null ? null : expected[1], new BigDecimal(total), lines, null, null);
        return new Object[]{new HistoricalRow(no, HistoricalRow.Event.REGISTERED, LocalDate.parse(on), null, form,
                new BigDecimal(total), costs, null)};
    }

    private static ContractForm.PartyForm seller(String name, String code, String region, SubjectType type) {
        return new ContractForm.PartyForm(name, code, region, "CN", type);
    }

    private static ContractForm.PartyForm buyer(String name, String code, String region) {
        return new ContractForm.PartyForm(name, code, region, "CN", SubjectType.ENTERPRISE);
    }
}
