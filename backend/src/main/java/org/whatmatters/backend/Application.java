package org.whatmatters.backend;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.util.Map;
import java.util.TimeZone;
import org.whatmatters.backend.settings.DocumentedVariables;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.backend.settings.LocalSecrets;
import org.whatmatters.backend.settings.StartupFailure;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "WhatMatters",
                        version = "0.1",
                        description =
                                "Self-referral and follow-up for mental-health personal health budgets: Twilio webhooks, staff API."))
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT")
public class Application {

    public static void main(String[] args) {
        // Instants are stored in DATETIME columns; one zone everywhere keeps them exact across DST
        // changes.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Map<String, Object> developmentSecrets;
        try {
            developmentSecrets = LocalSecrets.forDevelopment(System.getenv());
        } catch (InvalidSettingException badSwitch) {
            System.err.println("WhatMatters cannot start: " + badSwitch.getMessage());
            System.exit(1);
            return;
        }
        ApplicationContext context =
                StartupFailure.reportBadSettingsBriefly(Micronaut.build(args))
                        .mainClass(Application.class)
                        .properties(developmentSecrets)
                        .propertySources(DocumentedVariables.fromEnvironment(System.getenv()))
                        .start();
        if (ClassDataTraining.requested()) {
            ClassDataTraining.finish(context);
        }
    }
}
