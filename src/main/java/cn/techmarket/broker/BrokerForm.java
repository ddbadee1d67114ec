package cn.techmarket.broker;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A broker's own profile: level, fields (industry codes), regions (region or group codes), institution. */
public record BrokerForm(
        @NotNull(message = "{broker.level.required}") BrokerLevel level,
        @NotEmpty(message = "{broker.fields.required}") @Size(max = 10, message = "{broker.list.max10}")
        List<@NotNull @Size(max = 16, message = "{industry.format}") String> fields,
        @NotEmpty(message = "{broker.regions.required}") @Size(max = 10, message = "{broker.list.max10}")
        List<@NotNull @Size(max = 32, message = "{region.format}") String> regions,
        Long organizationId,
        @Size(max = 1000, message = "{size.max1000}") String bio,
        @Size(max = 40, message = "{size.max40}") @Pattern(regexp = "[0-9+\\- ]*", message = "{phone.format}") String phone,
        Long version) {
}
