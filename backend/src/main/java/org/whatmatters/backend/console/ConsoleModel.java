package org.whatmatters.backend.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whatmatters.backend.console.session.ConsoleSessions;
import org.whatmatters.backend.staff.StaffAccount;

/**
 * What every console page's layout needs: who is signed in, the CSRF token for its forms, and the
 * navigation for their role ({@link ConsoleSection} beans), with the current entry marked.
 */
@Singleton
class ConsoleModel implements ViewModelProcessor<Map<String, Object>> {

    /** Who is signed in, as the header shows them. */
    public record Me(String username, String name, String role) {}

    /** A navigation entry as the layout renders it. */
    public record NavItem(String label, String href, boolean current) {}

    private final List<ConsoleSection> sections;

    ConsoleModel(List<ConsoleSection> sections) {
        this.sections =
                sections.stream().sorted(Comparator.comparingInt(ConsoleSection::order)).toList();
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Optional<ConsoleSessions.Open> open = ConsoleRequests.open(request);
        Map<String, Object> model = modelAndView.getModel().orElse(null);
        if (model == null || open.isEmpty()) {
            return;
        }
        StaffAccount account = open.get().account();
        String path = request.getPath();
        model.put(
                "me",
                new Me(
                        account.username(),
                        account.displayName() == null ? account.username() : account.displayName(),
                        account.role().name()));
        model.put("csrf", open.get().session().csrfToken());
        model.put(
                "nav",
                sections.stream()
                        .filter(section -> section.roles().contains(account.role()))
                        .map(
                                section ->
                                        new NavItem(
                                                section.label(),
                                                section.href(),
                                                path.equals(section.href())
                                                        || path.startsWith(section.href() + "/")))
                        .toList());
    }
}
