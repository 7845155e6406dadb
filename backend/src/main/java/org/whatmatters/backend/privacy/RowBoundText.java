package org.whatmatters.backend.privacy;

import io.micronaut.data.event.EntityEventContext;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import jakarta.inject.Singleton;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds every encrypted entity property to its row: before an entity is inserted or updated each such value is
 * sealed with its table, column and owner ({@link Binding#row}, the owner being {@code personId} or the entity's
 * {@link BoundTo}), and once a row is read (or written) it is opened with the owner the row has. So an answer
 * copied into another person's row fails loudly instead of reading as theirs. Entities keep clear text.
 */
@Singleton
class RowBoundText implements EntityEventListener<Object> {

    private final TextCipher cipher;
    private final JustSealed sealed;
    private final Map<Class<?>, List<EncryptedColumns.Field>> fields = new ConcurrentHashMap<>();

    RowBoundText(TextCipher cipher, JustSealed sealed) {
        this.cipher = cipher;
        this.sealed = sealed;
    }

    @Override
    public boolean supports(RuntimePersistentEntity<Object> entity, Class<? extends Annotation> eventType) {
        return !fields(entity).isEmpty();
    }

    @Override
    public boolean prePersist(EntityEventContext<Object> context) {
        seal(context);
        return true;
    }

    @Override
    public void postPersist(EntityEventContext<Object> context) {
        open(context);
    }

    @Override
    public boolean preUpdate(EntityEventContext<Object> context) {
        seal(context);
        return true;
    }

    @Override
    public void postUpdate(EntityEventContext<Object> context) {
        open(context);
    }

    @Override
    public void postLoad(EntityEventContext<Object> context) {
        open(context);
    }

    private void seal(EntityEventContext<Object> context) {
        for (EncryptedColumns.Field field : fields(context.getPersistentEntity())) {
            Object owner = owner(field, context.getEntity());
            if (field.property().getProperty().get(context.getEntity()) instanceof String plain && field.column().row(owner) != null) {
                String value = field.column().close(cipher, plain, owner);
                sealed.add(value);
                context.setProperty(field.property().getProperty(), value);
            }
        }
    }

    private void open(EntityEventContext<Object> context) {
        for (EncryptedColumns.Field field : fields(context.getPersistentEntity())) {
            if (field.property().getProperty().get(context.getEntity()) instanceof String stored && TextCipher.isRowBound(stored)) {
                context.setProperty(field.property().getProperty(),
                        field.column().open(cipher, stored, owner(field, context.getEntity())));
            }
        }
    }

    private static Object owner(EncryptedColumns.Field field, Object entity) {
        return field.owner() == null ? null : field.owner().getProperty().get(entity);
    }

    private List<EncryptedColumns.Field> fields(RuntimePersistentEntity<Object> entity) {
        return fields.computeIfAbsent(entity.getIntrospection().getBeanType(), type -> EncryptedColumns.of(entity));
    }
}
