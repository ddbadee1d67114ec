package cn.techmarket.interest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Expressing interest: which of your organizations (optional when you have one verified), a message to the owner,
 * and a phone number the owner may use once they accept.
 */
public record InterestForm(Long organizationId,
                           @NotBlank(message = "{interest.message.required}") @Size(max = 2000, message = "{size.max2000}") String message,
                           @Size(max = 40, message = "{size.max40}") @Pattern(regexp = "[0-9+() -]*", message = "{interest.phone.format}") String contactPhone) {
}
