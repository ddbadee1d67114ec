package cn.techmarket.listing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an owner may set on a listing (never its status, owner or id). One form serves both kinds; the rules that
 * depend on the kind live in {@link ListingRules}. {@code version} is required when updating.
 */
public record ListingForm(
        @NotBlank(message = "{title.required}") @Size(max = 120, message = "{size.max120}") String title,
        @NotBlank(message = "{summary.required}") @Size(max = 2000, message = "{size.max2000}") String summary,
        @Size(max = 8000, message = "{size.max8000}") String details,
        @Size(max = 300, message = "{size.max300}") String keywords,
        @NotBlank(message = "{industry.required}") @Size(max = 16) String industryCode,
        @NotBlank(message = "{region.required}") @Pattern(regexp = "\\d{6}", message = "{region.format}") String regionCode,
        Stage stage,
        @Min(value = 1, message = "{trl.range}") @Max(value = 9, message = "{trl.range}") Integer trl,
        @Size(max = 7) Set<@NotNull(message = "{value.unreadable}") Mode> modes,
        boolean priceNegotiable,
        @DecimalMin(value = "0.00", message = "{price.range}") @DecimalMax(value = "999999999999.99", message = "{price.range}")
        @Digits(integer = 12, fraction = 2, message = "{price.scale}") BigDecimal priceMin,
        @DecimalMin(value = "0.00", message = "{price.range}") @DecimalMax(value = "999999999999.99", message = "{price.range}")
        @Digits(integer = 12, fraction = 2, message = "{price.scale}") BigDecimal priceMax,
        @Size(max = 4000, message = "{size.max4000}") String problem,
        @Size(max = 2000, message = "{size.max2000}") String targetIndicators,
        NeedClass needClass,
        @Size(max = 500, message = "{size.max500}") String team,
        @Size(max = 500, message = "{size.max500}") String inventors,
        RightsStatus rightsStatus,
        Boolean rightsConfirmed,
        @Size(max = 2000, message = "{size.max2000}") String maturityEvidence,
        PricingMethod pricingMethod,
        @Size(max = 1000, message = "{size.max1000}") String applicationFields,
        @Size(max = 2000, message = "{size.max2000}") String advantages,
        @Size(max = 64, message = "{size.max64}") String contactName,
        @Pattern(regexp = "[0-9+\\- ]{7,32}", message = "{phone.format}") String contactPhone,
        @Email(message = "{email.format}") @Size(max = 254) String contactEmail,
        @Size(max = 20, message = "{ip.size}") List<@Valid @NotNull(message = "{value.unreadable}") IpItem> ipItems,
        LocalDate expiresAt,
        Long version) {
}
