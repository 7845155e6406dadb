package org.whatmatters.backend.privacy;

import io.micronaut.core.order.Ordered;
import io.micronaut.data.annotation.event.PostLoad;
import io.micronaut.data.annotation.event.PrePersist;
import io.micronaut.data.annotation.event.PreUpdate;
import io.micronaut.data.event.EntityEventContext;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import jakarta.inject.Singleton;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds every encrypted entity property to its row: before an entity is inserted or updated each
 * such value is sealed with its table, column and owner ({@link Binding#row}, the owner being
 * {@code personId} or the entity's {@link BoundTo}) and handed to the column converter ({@link
 * JustSealed}), and once a row is read it is opened with the owner the row has. So an answer copied
 * into another person's row fails loudly instead of reading as theirs. Entities keep clear text,
 * also the one {@code save} returns.
 *
 * <p>Two listeners, so that every other entity listener sees clear text: sealing runs after all
 * others before a write, opening before all others after a read.
 */
abstract class RowBoundText implements EntityEventListener<Object> {

    private final TextCipher cipher;
    private final Map<Class<?>, List<EncryptedColumns.Field>> fields = new ConcurrentHashMap<>();

    RowBoundText(TextCipher cipher) {
        this.cipher = cipher;
    }

    abstract Set<Class<? extends Annotation>> events();

    @Override
    public boolean supports(
            RuntimePersistentEntity<Object> entity, Class<? extends Annotation> eventType) {
        return events().contains(eventType) && !fields(entity).isEmpty();
    }

    /** Seals each encrypted value with its row binding, last before the write. */
    @Singleton
    static class Sealing extends RowBoundText {

        private final JustSealed sealed;

        Sealing(TextCipher cipher, JustSealed sealed) {
            super(cipher);
            this.sealed = sealed;
        }

        @Override
        Set<Class<? extends Annotation>> events() {
            return Set.of(PrePersist.class, PreUpdate.class);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public boolean prePersist(EntityEventContext<Object> context) {
            seal(context, sealed);
            return true;
        }

        @Override
        public boolean preUpdate(EntityEventContext<Object> context) {
            seal(context, sealed);
            return true;
        }
    }

    /** Opens each sealed value with the row it is in, first after a read. */
    @Singleton
    static class Opening extends RowBoundText {

        Opening(TextCipher cipher) {
            super(cipher);
        }

        @Override
        Set<Class<? extends Annotation>> events() {
            // after a write the entity still holds its clear text (JustSealed): only a read needs
            // opening
            return Set.of(PostLoad.class);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void postLoad(EntityEventContext<Object> context) {
            open(context);
        }
    }

    void seal(EntityEventContext<Object> context, JustSealed sealed) {
        sealed.forgetUnwritten();
        for (EncryptedColumns.Field field : fields(context.getPersistentEntity())) {
            Object owner = owner(field, context.getEntity());
            if (field.property().getProperty().get(context.getEntity()) instanceof String plain
                    && field.column().row(owner) != null) {
                sealed.add(
                        field.property().getName(),
                        plain,
                        field.column().close(cipher, plain, owner));
            }
        }
    }

    void open(EntityEventContext<Object> context) {
        for (EncryptedColumns.Field field : fields(context.getPersistentEntity())) {
            if (field.property().getProperty().get(context.getEntity()) instanceof String stored
                    && TextCipher.isRowBound(stored)) {
                context.setProperty(
                        field.property().getProperty(),
                        field.column().open(cipher, stored, owner(field, context.getEntity())));
            }
        }
    }

    private static Object owner(EncryptedColumns.Field field, Object entity) {
        return field.owner() == null ? null : field.owner().getProperty().get(entity);
    }

    private List<EncryptedColumns.Field> fields(RuntimePersistentEntity<Object> entity) {
        return fields.computeIfAbsent(
                entity.getIntrospection().getBeanType(), type -> EncryptedColumns.of(entity));
    }
}
