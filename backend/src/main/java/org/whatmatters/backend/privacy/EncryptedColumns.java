package org.whatmatters.backend.privacy;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.runtime.RuntimeEntityRegistry;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every encrypted column, found from the entities themselves (any property mapped with {@link
 * EncryptedText}), so a column encrypted later is re-encrypted without anyone remembering to list
 * it; each with the column its rows are bound to ({@link BoundTo}, otherwise {@code person_id}).
 */
@Singleton
public class EncryptedColumns {

    private final List<EncryptedColumn> columns;

    EncryptedColumns(RuntimeEntityRegistry entities) {
        List<EncryptedColumn> found = new ArrayList<>();
        for (BeanIntrospection<Object> introspection :
                BeanIntrospector.SHARED.findIntrospections(MappedEntity.class)) {
            RuntimePersistentEntity<Object> entity =
                    entities.getEntity(introspection.getBeanType());
            for (Field field : of(entity)) {
                found.add(field.column());
            }
        }
        found.sort(
                Comparator.comparing(EncryptedColumn::table)
                        .thenComparing(EncryptedColumn::column));
        this.columns = List.copyOf(found);
    }

    public List<EncryptedColumn> all() {
        return columns;
    }

    /**
     * An encrypted property of an entity, the property naming its owner ({@code null}: none), and
     * its column.
     */
    record Field(
            RuntimePersistentProperty<Object> property,
            RuntimePersistentProperty<Object> owner,
            EncryptedColumn column) {}

    static List<Field> of(RuntimePersistentEntity<Object> entity) {
        if (entity.getIdentity() == null) {
            return List.of();
        }
        String ownerName =
                entity.getAnnotationMetadata().stringValue(BoundTo.class).orElse("personId");
        RuntimePersistentProperty<Object> owner = entity.getPropertyByName(ownerName);
        if (owner == null && entity.getAnnotationMetadata().hasAnnotation(BoundTo.class)) {
            throw new IllegalStateException(
                    entity.getName() + " is bound to " + ownerName + ", which it does not have");
        }
        List<Field> fields = new ArrayList<>();
        for (RuntimePersistentProperty<Object> property : entity.getPersistentProperties()) {
            boolean encrypted =
                    property.getAnnotationMetadata()
                            .classValue(MappedProperty.class, "converter")
                            .filter(EncryptedText.class::equals)
                            .isPresent();
            if (encrypted) {
                fields.add(
                        new Field(
                                property,
                                owner,
                                new EncryptedColumn(
                                        entity.getPersistedName(),
                                        entity.getIdentity().getPersistedName(),
                                        property.getPersistedName(),
                                        Binding.column(property.getName()),
                                        owner == null ? null : owner.getPersistedName())));
            }
        }
        return List.copyOf(fields);
    }
}
