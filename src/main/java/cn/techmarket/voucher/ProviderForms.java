package cn.techmarket.voucher;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** Request bodies of the provider registry. */
final class ProviderForms {
    private ProviderForms() {
    }

    record Registration(@NotEmpty List<@NotNull @Pattern(regexp = "\\d{4}00") String> citiesServed,
                        @Size(max = 500) String note) {
    }

    record Decision(@NotNull Provider.Status status, @Size(max = 500) String note) {
    }

    record Service(@NotNull ServiceCategory category, @NotBlank @Size(max = 200) String nameZh,
                   @NotNull @DecimalMin("0.01") @Digits(integer = 14, fraction = 2) BigDecimal price) {
    }
}
