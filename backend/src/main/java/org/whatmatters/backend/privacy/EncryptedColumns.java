package org.whatmatters.backend.privacy;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.runtime.RuntimeEntityRegistry;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every encrypted column, found from the entities themselves (any property mapped with {@link EncryptedText}),
 * so a column encrypted later is re-encrypted without anyone remembering to list it.
 */
@Singleton
public class EncryptedColumns {

    private final List<EncryptedColumn> columns;

    EncryptedColumns(RuntimeEntityRegistry entities) {
        List<EncryptedColumn> found = new ArrayList<>();
        for (BeanIntrospection<Object> introspection : BeanIntrospector.SHARED.findIntrospections(MappedEntity.class)) {
            RuntimePersistentEntity<Object> entity = entities.getEntity(introspection.getBeanType());
            if (entity.getIdentity() == null) {
                continue;
            }
            for (RuntimePersistentProperty<Object> property : entity.getPersistentProperties()) {
                Object converter = property.getConverter();
                if (converter instanceof EncryptedText) {
                    found.add(new EncryptedColumn(entity.getPersistedName(), entity.getIdentity().getPersistedName(),
                            property.getPersistedName(), Binding.column(property.getName())));
                }
            }
        }
        found.sort(Comparator.comparing(EncryptedColumn::table).thenComparing(EncryptedColumn::column));
        this.columns = List.copyOf(found);
    }

    public List<EncryptedColumn> all() {
        return columns;
    }
}
