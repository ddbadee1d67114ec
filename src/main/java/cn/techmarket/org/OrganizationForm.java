package cn.techmarket.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * What a user may set on an organization. It never carries id, verification or owner, so those cannot be
 * mass-assigned. {@code version} is the version the user edited (required on update, ignored on create).
 */
public record OrganizationForm(
        @NotBlank(message = "{nameZh.required}") @Size(max = 200, message = "{size.max200}") String nameZh,
        @Size(max = 300, message = "{size.max300}") String nameEn,
        @NotBlank(message = "{creditCode.required}") @ValidCreditCode String creditCode,
        @NotNull(message = "{type.required}") OrganizationType type,
        @NotBlank(message = "{region.required}") @Pattern(regexp = "\\d{6}", message = "{region.format}") String regionCode,
        @Size(max = 7, message = "{designations.size}") Set<@NotNull(message = "{value.unreadable}") Designation> designations,
        @Size(max = 2000, message = "{size.max2000}") String description,
        @Size(max = 300, message = "{size.max300}") @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{website.format}") String website,
        Long version) {

    OrganizationForm normalized() {
        return new OrganizationForm(trim(nameZh), blankToNull(nameEn), trim(creditCode) == null ? null
                : trim(creditCode).toUpperCase(java.util.Locale.ROOT), type, trim(regionCode), designations,
                blankToNull(description), blankToNull(website), version);
    }

    static OrganizationForm from(Organization o) {
        return new OrganizationForm(o.nameZh, o.nameEn, o.creditCode, o.type, o.regionCode, o.designations,
                o.description, o.website, o.version);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
