package org.whatmatters.backend.signposting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * One entry of the signposting directory: a local service a person can be pointed to. Reference
 * data about an organisation, never about a person.
 *
 * @param categories codes from the categories file, at least one
 * @param areas UK postcode districts (BD3) or areas (BD) it serves; empty means available
 *     everywhere
 * @param languages ISO 639-1 codes of the languages spoken there
 * @param tags words partners add to help matching (football, walking football)
 */
@Serdeable
@MappedEntity("signpost_service")
public record LocalService(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @TypeDef(type = DataType.STRING, converter = SemicolonList.class) List<String> categories,
        @TypeDef(type = DataType.STRING, converter = SemicolonList.class) List<String> areas,
        @TypeDef(type = DataType.STRING, converter = SemicolonList.class) List<String> languages,
        @Nullable String phone,
        @Nullable String web,
        @Nullable String hours,
        @Nullable String description,
        @TypeDef(type = DataType.STRING, converter = SemicolonList.class) List<String> tags,
        Instant createdAt,
        Instant updatedAt) {

    /** The same entry with other fields, keeping its id and creation time. */
    LocalService with(ServiceFields fields, Instant now) {
        return new LocalService(
                id,
                fields.name(),
                fields.categories(),
                fields.areas(),
                fields.languages(),
                fields.phone(),
                fields.web(),
                fields.hours(),
                fields.description(),
                fields.tags(),
                createdAt,
                now);
    }

    static LocalService from(ServiceFields fields, Instant now) {
        return new LocalService(
                null,
                fields.name(),
                fields.categories(),
                fields.areas(),
                fields.languages(),
                fields.phone(),
                fields.web(),
                fields.hours(),
                fields.description(),
                fields.tags(),
                now,
                now);
    }

    /** What a partner edits: everything but the id and the times. */
    ServiceFields fields() {
        return new ServiceFields(
                name, categories, areas, languages, phone, web, hours, description, tags);
    }
}
