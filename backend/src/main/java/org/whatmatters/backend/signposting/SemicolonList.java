package org.whatmatters.backend.signposting;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/** A list of values in one column as {@code a;b;c}, the same form as the directory CSV. */
@Singleton
class SemicolonList implements AttributeConverter<List<String>, String> {

    static final String SEPARATOR = ";";

    @Override
    public String convertToPersistedValue(List<String> values, ConversionContext context) {
        return join(values);
    }

    @Override
    public List<String> convertToEntityValue(String column, ConversionContext context) {
        return split(column);
    }

    static String join(List<String> values) {
        return values == null ? "" : String.join(SEPARATOR, values);
    }

    /** The values, trimmed, blanks left out. */
    static List<String> split(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(SEPARATOR))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }
}
