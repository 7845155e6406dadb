package org.whatmatters.backend.privacy;

import io.micronaut.core.beans.BeanProperty;
import io.micronaut.data.event.EntityEventContext;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;
import jakarta.inject.Singleton;
import java.lang.annotation.Annotation;
import java.util.Objects;

/**
 * Keeps each encrypted address's lookup hash true: an entity with an encrypted property {@code x}
 * and a property {@code xHash} (Person's {@code phoneE164} and {@code phoneE164Hash},
 * InboundMessage's {@code fromAddress} and {@code fromAddressHash}) has the hash set from the value
 * whenever it is saved, so no caller can store a number that cannot be found. On load the hash is
 * checked against the decrypted value: a ciphertext copied from another row (with another number's
 * hash beside it) is refused rather than shown as this row's number.
 */
@Singleton
class LookupHashes implements EntityEventListener<Object> {

    private static final String SUFFIX = "Hash";

    private final PhoneLookup lookup;

    LookupHashes(PhoneLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public boolean supports(
            RuntimePersistentEntity<Object> entity, Class<? extends Annotation> eventType) {
        return entity.getPersistentProperties().stream()
                .anyMatch(property -> valueOf(entity, property) != null);
    }

    @Override
    public boolean prePersist(EntityEventContext<Object> context) {
        setHashes(context);
        return true;
    }

    @Override
    public boolean preUpdate(EntityEventContext<Object> context) {
        setHashes(context);
        return true;
    }

    @Override
    public void postLoad(EntityEventContext<Object> context) {
        Object entity = context.getEntity();
        RuntimePersistentEntity<Object> persistent = context.getPersistentEntity();
        for (RuntimePersistentProperty<Object> hash : persistent.getPersistentProperties()) {
            RuntimePersistentProperty<Object> value = valueOf(persistent, hash);
            if (value == null) {
                continue;
            }
            Object stored = hash.getProperty().get(entity);
            Object plain = value.getProperty().get(entity);
            if (stored != null
                    && plain instanceof String address
                    && !stored.equals(lookup.hash(address))) {
                throw new IllegalStateException(
                        "a stored "
                                + persistent.getPersistedName()
                                + "."
                                + value.getPersistedName()
                                + " does not match its lookup hash: a value copied from another row, or a tampered row");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void setHashes(EntityEventContext<Object> context) {
        RuntimePersistentEntity<Object> persistent = context.getPersistentEntity();
        for (RuntimePersistentProperty<Object> hash : persistent.getPersistentProperties()) {
            RuntimePersistentProperty<Object> value = valueOf(persistent, hash);
            if (value == null) {
                continue;
            }
            Object plain = value.getProperty().get(context.getEntity());
            String computed = plain instanceof String address ? lookup.hash(address) : null;
            if (!Objects.equals(computed, hash.getProperty().get(context.getEntity()))) {
                context.setProperty((BeanProperty<Object, Object>) hash.getProperty(), computed);
            }
        }
    }

    /**
     * The encrypted property whose hash {@code hash} is, or null when {@code hash} is not a lookup
     * hash.
     */
    private static RuntimePersistentProperty<Object> valueOf(
            RuntimePersistentEntity<Object> entity, RuntimePersistentProperty<Object> hash) {
        String name = hash.getName();
        if (!name.endsWith(SUFFIX) || name.length() == SUFFIX.length()) {
            return null;
        }
        RuntimePersistentProperty<Object> value =
                entity.getPropertyByName(name.substring(0, name.length() - SUFFIX.length()));
        Object converter = value == null ? null : value.getConverter();
        return converter instanceof EncryptedText ? value : null;
    }
}
