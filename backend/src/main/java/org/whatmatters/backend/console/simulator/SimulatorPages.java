package org.whatmatters.backend.console.simulator;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.console.ConsolePaths;
import org.whatmatters.backend.console.ConsoleRequests;
import org.whatmatters.backend.console.ConsoleSection;
import org.whatmatters.backend.console.Languages;
import org.whatmatters.backend.console.Pages;
import org.whatmatters.backend.security.Role;

/**
 * The phone simulator, for any member of staff: pick a language and a script, reply as a person
 * would, and read exactly what they would get, each text with its review state and segments. An
 * interpreter may preview drafts, and walk through every text of a script in order.
 */
@Controller(SimulatorPages.ROOT)
@Secured({Role.Names.PARTNER, Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.INTERPRETER})
@Hidden
@Produces(MediaType.TEXT_HTML)
class SimulatorPages {

    static final String ROOT = ConsolePaths.ROOT + "/simulator";

    @Serdeable
    record Start(String language, String script, @Nullable String preview) {}

    @Serdeable
    record Reply(@Nullable String text) {}

    @Factory
    static class Sections {
        @Singleton
        @Bean
        ConsoleSection simulator() {
            return ConsoleSection.of(
                    "Phone simulator",
                    ROOT,
                    90,
                    Role.PARTNER,
                    Role.COORDINATOR,
                    Role.ADMIN,
                    Role.INTERPRETER);
        }
    }

    private final PhoneSimulator simulator;
    private final Simulations simulations;

    SimulatorPages(PhoneSimulator simulator, Simulations simulations) {
        this.simulator = simulator;
        this.simulations = simulations;
    }

    @Get
    ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Authentication who) {
        Simulation simulation = simulations.of(session(request)).orElse(null);
        return Pages.page(
                "console/simulator/phone",
                "languages",
                Languages.all(),
                "scripts",
                simulator.startingScripts(),
                "simulation",
                simulation,
                "language",
                simulation == null ? null : Languages.of(simulation.state.language()),
                "mayPreview",
                mayPreview(who));
    }

    @Post("/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(HttpRequest<?> request, @Body Start start, Authentication who) {
        String language =
                Languages.all().stream()
                        .map(Languages.Language::code)
                        .filter(code -> code.equals(start.language()))
                        .findFirst()
                        .orElse("en");
        String script =
                simulator.startingScripts().contains(start.script()) ? start.script() : "welcome";
        simulations.keep(
                session(request),
                simulator.start(language, script, mayPreview(who) && start.preview() != null));
        return HttpResponse.seeOther(URI.create(ROOT + "#phone"));
    }

    @Post("/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reply(HttpRequest<?> request, @Body Reply reply) {
        simulations
                .of(session(request))
                .ifPresent(
                        simulation -> {
                            if (reply.text() != null && !reply.text().isBlank()) {
                                synchronized (
                                        simulation) { // two tabs of one session reply one at a time
                                    simulator.reply(simulation, reply.text());
                                }
                            }
                        });
        return HttpResponse.seeOther(URI.create(ROOT + "#reply"));
    }

    @Post("/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(HttpRequest<?> request) {
        simulations.end(session(request));
        return HttpResponse.seeOther(URI.create(ROOT));
    }

    /**
     * Walk mode: every text of a script in order, in one language (an interpreter sees their
     * drafts, marked).
     */
    @Get("/walk")
    ModelAndView<Map<String, Object>> walk(
            @QueryValue @Nullable String language,
            @QueryValue @Nullable String script,
            Authentication who) {
        String code = language == null ? "ur" : language;
        String id =
                script != null && simulator.startingScripts().contains(script) ? script : "welcome";
        List<Simulation.Bubble> texts = simulator.walk(code, id, mayPreview(who));
        return Pages.page(
                "console/simulator/walk",
                "languages",
                Languages.all(),
                "scripts",
                simulator.startingScripts(),
                "language",
                Languages.of(code),
                "script",
                id,
                "texts",
                texts,
                "mayPreview",
                mayPreview(who));
    }

    private static boolean mayPreview(Authentication who) {
        return who.getRoles().contains(Role.Names.INTERPRETER);
    }

    private static Long session(HttpRequest<?> request) {
        return ConsoleRequests.open(request).orElseThrow().session().id();
    }
}
