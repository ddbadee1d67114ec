package cn.techmarket.listing;

import cn.techmarket.common.FieldError;
import cn.techmarket.web.FormInput;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The listing form as posted by a page: strings, turned into a {@link ListingForm} for the same validation as the
 * API. Text that does not parse (a price of "abc") becomes a field error instead of a 400 for the whole page.
 */
public class ListingFormParams {
    @RestForm public String title;
    @RestForm public String summary;
    @RestForm public String details;
    @RestForm public String keywords;
    @RestForm public String industryCode;
    @RestForm public String regionCode;
    @RestForm public String stage;
    @RestForm public String trl;
    @RestForm public List<String> modes;
    @RestForm public String priceNegotiable;
    @RestForm public String priceMin;
    @RestForm public String priceMax;
    @RestForm public String problem;
    @RestForm public String targetIndicators;
    @RestForm public String needClass;
    @RestForm public String team;
    @RestForm public String inventors;
    @RestForm public String rightsStatus;
    @RestForm public String rightsConfirmed;
    @RestForm public String maturityEvidence;
    @RestForm public String pricingMethod;
    @RestForm public String applicationFields;
    @RestForm public String advantages;
    @RestForm public String contactName;
    @RestForm public String contactPhone;
    @RestForm public String contactEmail;
    @RestForm public List<String> ipType;
    @RestForm public List<String> ipNumber;
    @RestForm public List<String> ipStatus;
    @RestForm public List<String> ipTitle;
    @RestForm public String expiresAt;
    @RestForm public String version;
    /** Only when creating: which kind, for which of the user's organizations. */
    @RestForm public String kind;
    @RestForm public String organizationId;

    private FormInput input = new FormInput();

    /** The names a form may post; autosave keeps these and nothing else. */
    static final Set<String> FIELDS = Set.of("title", "summary", "details", "keywords", "industryCode", "regionCode",
            "stage", "trl", "modes", "priceNegotiable", "priceMin", "priceMax", "problem", "targetIndicators",
            "needClass", "team", "inventors", "rightsStatus", "rightsConfirmed", "maturityEvidence", "pricingMethod",
            "applicationFields", "advantages", "contactName", "contactPhone", "contactEmail", "ipType", "ipNumber",
            "ipStatus", "ipTitle", "expiresAt");

    /** One row of the IP table on the form, as text. */
    public record IpRow(String type, String number, String status, String title) {
    }

    /** An edit form starts from the stored listing. */
    static ListingFormParams from(ListingView v) {
        ListingFormParams p = new ListingFormParams();
        p.title = v.title();
        p.summary = v.summary();
        p.details = v.details();
        p.keywords = String.join("，", v.keywords());
        p.industryCode = v.industry().code();
        p.regionCode = v.region().code();
        p.stage = name(v.stage());
        p.trl = v.trl() == null ? null : v.trl().toString();
        p.modes = v.modes().stream().map(Enum::name).toList();
        p.priceNegotiable = v.priceNegotiable() ? "on" : null;
        p.priceMin = v.priceMin() == null ? null : v.priceMin().toPlainString();
        p.priceMax = v.priceMax() == null ? null : v.priceMax().toPlainString();
        p.problem = v.problem();
        p.targetIndicators = v.targetIndicators();
        p.needClass = name(v.needClass());
        p.team = v.team();
        p.inventors = v.inventors();
        p.rightsStatus = name(v.rightsStatus());
        p.rightsConfirmed = Boolean.TRUE.equals(v.rightsConfirmed()) ? "on" : null;
        p.maturityEvidence = v.maturityEvidence();
        p.pricingMethod = name(v.pricingMethod());
        p.applicationFields = v.applicationFields();
        p.advantages = v.advantages();
        p.contactName = v.contactName();
        p.contactPhone = v.contactPhone();
        p.contactEmail = v.contactEmail();
        p.ipType = v.ipItems().stream().map(i -> name(i.type)).toList();
        p.ipNumber = v.ipItems().stream().map(i -> i.number == null ? "" : i.number).toList();
        p.ipStatus = v.ipItems().stream().map(i -> name(i.status)).toList();
        p.ipTitle = v.ipItems().stream().map(i -> i.title == null ? "" : i.title).toList();
        p.expiresAt = v.expiresAt() == null ? null : v.expiresAt().toString();
        p.version = String.valueOf(v.version());
        return p;
    }

    /** A form restored from autosave: the posted values as they were. */
    static ListingFormParams from(java.util.Map<String, List<String>> posted) {
        ListingFormParams p = new ListingFormParams();
        try {
            for (String field : FIELDS) {
                List<String> values = posted.get(field);
                if (values == null || values.isEmpty()) {
                    continue;
                }
                var target = ListingFormParams.class.getField(field);
                target.set(p, target.getType() == List.class ? List.copyOf(values) : values.get(0));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    /** The posted values by field name, as autosave keeps them. */
    java.util.Map<String, List<String>> posted() {
        java.util.Map<String, List<String>> values = new java.util.TreeMap<>();
        try {
            for (String field : FIELDS) {
                Object value = ListingFormParams.class.getField(field).get(this);
                if (value instanceof List<?> list) {
                    values.put(field, list.stream().map(v -> v == null ? "" : v.toString()).toList());
                } else if (value != null) {
                    values.put(field, List.of(value.toString()));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Whether a multi-valued field (modes) holds this value: for checked boxes. */
    public boolean has(String value) {
        return modes != null && modes.contains(value);
    }

    /** The IP rows to show: those entered, then blank ones up to at least three. */
    public List<IpRow> ipRows() {
        List<IpRow> rows = new ArrayList<>();
        int n = ipType == null ? 0 : ipType.size();
        for (int i = 0; i < n; i++) {
            IpRow row = new IpRow(ipType.get(i), at(ipNumber, i), at(ipStatus, i), at(ipTitle, i));
            // blank rows are dropped as in toForm(), so error indexes (ipItems[1]) point at the right row
            if (text(row.type()) != null || text(row.number()) != null || text(row.title()) != null) {
                rows.add(row);
            }
        }
        while (rows.size() < Math.max(3, n + 1)) {
            rows.add(new IpRow(null, null, null, null));
        }
        return rows;
    }

    /** The typed form; call {@link #parseErrors()} afterwards. */
    public ListingForm toForm() {
        input = new FormInput();
        return new ListingForm(text(title), text(summary), text(details), text(keywords), text(industryCode),
                text(regionCode), enumOf(Stage.class, stage, "stage"), trl(), modes(),
                priceNegotiable != null, money(priceMin, "priceMin"), money(priceMax, "priceMax"), text(problem),
                text(targetIndicators), enumOf(NeedClass.class, needClass, "needClass"), text(team), text(inventors),
                enumOf(RightsStatus.class, rightsStatus, "rightsStatus"), rightsConfirmed == null ? null : Boolean.TRUE,
                text(maturityEvidence), enumOf(PricingMethod.class, pricingMethod, "pricingMethod"),
                text(applicationFields), text(advantages), text(contactName), text(contactPhone), text(contactEmail),
                ipItems(), date(expiresAt), number(version, "version", "{version.required}"));
    }

    public List<FieldError> parseErrors() {
        return input.errors();
    }

    public ListingKind kind() {
        return enumOf(ListingKind.class, kind, "kind");
    }

    public Long organizationId() {
        return number(organizationId, "organizationId", "{organization.required}");
    }

    private Set<Mode> modes() {
        Set<Mode> chosen = EnumSet.noneOf(Mode.class);
        if (modes != null) {
            modes.stream().map(m -> enumOf(Mode.class, m, "modes")).filter(m -> m != null).forEach(chosen::add);
        }
        return chosen;
    }

    /** IP rows come as parallel lists; a row left entirely blank is an unused slot, not an error. */
    private List<IpItem> ipItems() {
        List<IpItem> items = new ArrayList<>();
        int rows = ipType == null ? 0 : ipType.size();
        for (int i = 0; i < rows; i++) {
            String type = ipType.get(i);
            String number = at(ipNumber, i);
            String title = at(ipTitle, i);
            if (text(type) == null && text(number) == null && text(title) == null) {
                continue;
            }
            IpItem item = new IpItem();
            item.type = enumOf(IpItem.Type.class, type, "ipItems[" + items.size() + "].type");
            item.number = text(number);
            item.status = enumOf(IpItem.Status.class, at(ipStatus, i), "ipItems[" + items.size() + "].status");
            item.title = text(title);
            items.add(item);
        }
        return items;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    static String text(String value) {
        return FormInput.text(value);
    }

    private <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        return input.choice(type, field, value, "{choice.unknown}");
    }

    private Integer trl() {
        Long value = number(trl, "trl", "{trl.range}");
        return value == null ? null : value < 1 || value > 9 ? 0 : value.intValue();
    }

    private Long number(String value, String field, String message) {
        return input.number(field, value, message);
    }

    /** Yuan as typed: 500万, ¥1,200.50, 500,000元 (common/Money); anything else is a field error. */
    private BigDecimal money(String value, String field) {
        return input.decimal(field, value, "{price.format}");
    }

    private LocalDate date(String value) {
        return input.date("expiresAt", value);
    }
}
