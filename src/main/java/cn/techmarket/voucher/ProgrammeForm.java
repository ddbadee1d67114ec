package cn.techmarket.voucher;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new programme: its fixed identity (issuer, year) and its first terms. */
public record ProgrammeForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
        @NotNull IssuerKind issuerKind,
        @NotNull Long issuerOrgId,
        @NotBlank @Size(max = 32) String issuerRegion,
        @Min(2000) @Max(2100) int year,
        @NotNull @Valid ProgrammeTerms terms) {
}
