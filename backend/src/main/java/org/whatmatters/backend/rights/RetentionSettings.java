package org.whatmatters.backend.rights;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.whatmatters.backend.settings.SettingChecks;

/**
 * {@code whatmatters.retention.*}: how long the audit of staff reads is kept (AUDIT_RETENTION), and
 * after how long without any contact a person's records are erased (PERSON_RETENTION), as the data
 * protection impact assessment decides. The retention job runs once a day on the shared scheduler.
 */
@Context
@ConfigurationProperties("whatmatters.retention")
public record RetentionSettings(
        @Bindable(defaultValue = "2190d") Duration audit,
        @Bindable(defaultValue = "1095d") Duration person) {

    public RetentionSettings {
        SettingChecks.positive("AUDIT_RETENTION", audit);
        SettingChecks.positive("PERSON_RETENTION", person);
    }
}
