package cn.techmarket.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.regex.Pattern;

/** One intellectual-property item of a result: its type, number and legal status. */
@Embeddable
public class IpItem {
    public enum Type { INVENTION_PATENT, UTILITY_MODEL, DESIGN_PATENT, SOFTWARE_COPYRIGHT, TRADE_SECRET, PLANT_VARIETY, IC_LAYOUT, OTHER }

    public enum Status { APPLIED, GRANTED, EXPIRED, OTHER }

    /**
     * Chinese patent application numbers: "2023 1 0123456.7" written with or without spaces and an optional CN/ZL
     * prefix; year, type digit (1 invention, 2 utility model, 3 design), 7 digits, check digit or X. Software
     * copyright registrations: 2023SR0123456.
     */
    static final Pattern PATENT = Pattern.compile("(?:CN|ZL)?(?:19|20)\\d{2}\\s?([123])\\s?\\d{7}\\.?[0-9X]");
    static final Pattern SOFTWARE = Pattern.compile("(?:19|20)\\d{2}SR\\d{6,7}");

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_type")
    @NotNull(message = "{ip.type.required}")
    public Type type;
    @Size(max = 40, message = "{size.max40}")
    public String number;
    @Enumerated(EnumType.STRING)
    @Column(name = "ip_status")
    @NotNull(message = "{ip.status.required}")
    public Status status;
    @Size(max = 200, message = "{size.max200}")
    public String title;

    /** Numbers are checked where their format is public; trade secrets and others carry none. */
    boolean hasValidNumber() {
        if (number == null || number.isBlank()) {
            return type == Type.TRADE_SECRET || type == Type.OTHER;
        }
        String n = number.replace(" ", "").toUpperCase();
        return switch (type) {
            case INVENTION_PATENT -> matchesPatentType(n, "1");
            case UTILITY_MODEL -> matchesPatentType(n, "2");
            case DESIGN_PATENT -> matchesPatentType(n, "3");
            case SOFTWARE_COPYRIGHT -> SOFTWARE.matcher(n).matches();
            default -> n.length() <= 40;
        };
    }

    private static boolean matchesPatentType(String number, String typeDigit) {
        var m = PATENT.matcher(number);
        return m.matches() && m.group(1).equals(typeDigit);
    }
}
