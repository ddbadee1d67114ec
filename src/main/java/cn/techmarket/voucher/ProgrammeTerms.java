package cn.techmarket.voucher;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The versioned parameters of a programme, as the API takes and shows them. Every policy number is data here. */
public record ProgrammeTerms(
        @NotBlank @Size(max = 200) String nameZh,
        @Size(max = 300) String nameEn,
        @NotNull ProgrammeMode mode,
        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal budget,
        @NotEmpty List<@NotBlank @Size(max = 32) String> eligibleHolders,
        @NotEmpty List<@Valid @NotNull CategoryRule> categories,
        @NotEmpty List<@NotNull @Pattern(regexp = "\\d{4}00") String> acceptedCities,
        List<@Valid @NotNull PoolShare> poolShares,
        @NotNull @DecimalMin("0.01") @Digits(integer = 14, fraction = 2) BigDecimal capPerHolder,
        @NotNull @DecimalMin("0.01") @Digits(integer = 14, fraction = 2) BigDecimal faceValueMax,
        @Min(1) @Max(3660) int validityDays,
        @NotNull Issuing issuing,
        @Min(0) @Max(60) int publicityDays) {

    static ProgrammeTerms of(ProgrammeVersion v) {
        return new ProgrammeTerms(v.nameZh, v.nameEn, v.mode, v.budget, v.eligibleHolders, v.categories,
                v.acceptedCities, v.poolShares, v.capPerHolder, v.faceValueMax, v.validityDays, v.issuing,
                v.publicityDays);
    }

    void applyTo(ProgrammeVersion v) {
        v.nameZh = nameZh;
        v.nameEn = nameEn;
        v.mode = mode;
        v.budget = budget;
        v.eligibleHolders = List.copyOf(eligibleHolders);
        v.categories = List.copyOf(categories);
        v.acceptedCities = List.copyOf(acceptedCities);
        v.poolShares = poolShares == null ? List.of() : List.copyOf(poolShares);
        v.capPerHolder = capPerHolder;
        v.faceValueMax = faceValueMax;
        v.validityDays = validityDays;
        v.issuing = issuing;
        v.publicityDays = publicityDays;
    }
}
