package org.whatmatters.backend.console;

import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whatmatters.backend.problem.DomainException;
import org.whatmatters.backend.problem.FieldError;

/** Building console pages: a view with a mutable model, and the errors a refused form shows. */
public final class Pages {

    private Pages() {}

    /** {@code page("console/x", "a", 1, "b", 2)}. */
    public static ModelAndView<Map<String, Object>> page(String view, Object... keysAndValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ModelAndView<>(view, model);
    }

    /**
     * A service's refusal as the form shows it (the GOV.UK / NHS error summary): each field's
     * problem, or when the problem is not about one field, one line linked to {@code field}, the
     * form's main control.
     */
    public static List<FieldError> errors(DomainException refused, String field) {
        return refused.fields().isEmpty()
                ? List.of(new FieldError(field, refused.getMessage()))
                : refused.fields();
    }
}
