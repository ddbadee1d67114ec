package cn.techmarket.listing;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Modes are stored as one comma-separated column: the set is small, fixed, and never queried by SQL. */
@Converter
class ModesConverter implements AttributeConverter<Set<Mode>, String> {
    @Override
    public String convertToDatabaseColumn(Set<Mode> modes) {
        return modes == null ? "" : modes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Mode> convertToEntityAttribute(String column) {
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(Mode::valueOf).forEach(modes::add);
        }
        return modes;
    }
}
