package org.whatmatters.backend.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property whose value an entity's encrypted columns are bound to, for an entity without a
 * {@code personId} known when it is written (a referral's change: its {@code referralId}; an
 * inbound message, whose person is found only once it is handled: its {@code providerId}). Without
 * it, the owner is {@code personId}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BoundTo {

    /** The entity property (not the column) naming the owner. */
    String value();
}
