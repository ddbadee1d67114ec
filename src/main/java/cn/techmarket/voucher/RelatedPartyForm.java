package cn.techmarket.voucher;

import cn.techmarket.org.ValidCreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RelatedPartyForm(@NotNull RelatedParty.Kind kind, @NotBlank @ValidCreditCode String relatedCreditCode,
                               @NotBlank @Size(max = 200) String relatedName, @Size(max = 500) String note) {
}
