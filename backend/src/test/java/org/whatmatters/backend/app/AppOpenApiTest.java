package org.whatmatters.backend.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every app route is in the generated OpenAPI file, documented well enough to build an app against:
 * a summary, its success response with its schema, every refusal it can give as
 * application/problem+json (or, for the person token's 401 and 403, said), and the person token as
 * its security. The routes are read from the controllers themselves, so a new route without its
 * documentation fails here.
 */
class AppOpenApiTest {

    private static final String SPEC = "META-INF/swagger/whatmatters-0.1.yml";

    record Route(String method, String path, boolean personToken) {}

    @Test
    @SuppressWarnings("unchecked")
    void everyAppRouteIsDocumentedWithItsSchemasAndErrorResponses() throws Exception {
        Map<String, Object> spec;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SPEC)) {
            assertThat(in).as(SPEC + " is generated at compile time").isNotNull();
            spec = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        List<Route> routes = appRoutes();
        assertThat(routes).as("the app's routes").hasSizeGreaterThanOrEqualTo(15);

        List<String> problems = new ArrayList<>();
        for (Route route : routes) {
            Map<String, Object> operations = (Map<String, Object>) paths.get(route.path());
            Map<String, Object> operation =
                    operations == null
                            ? null
                            : (Map<String, Object>) operations.get(route.method());
            String name = route.method().toUpperCase() + " " + route.path();
            if (operation == null) {
                problems.add(name + " is missing");
                continue;
            }
            if (operation.get("summary") == null) {
                problems.add(name + " has no summary");
            }
            Map<String, Object> responses =
                    (Map<String, Object>) operation.getOrDefault("responses", Map.of());
            List<String> successes =
                    responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
            if (successes.isEmpty()) {
                problems.add(name + " documents no success response");
            }
            for (String code : successes) {
                Map<String, Object> response = (Map<String, Object>) responses.get(code);
                if (!"204".equals(code) && !"202".equals(code) && response.get("content") == null) {
                    problems.add(name + " " + code + " has no schema");
                }
            }
            if (!responses.keySet().stream().anyMatch(code -> code.startsWith("4"))) {
                problems.add(name + " documents no error response");
            }
            for (String code : responses.keySet()) {
                if (!code.startsWith("4") || code.equals("401") || code.equals("403")) {
                    continue;
                }
                Map<String, Object> content =
                        (Map<String, Object>)
                                ((Map<String, Object>) responses.get(code)).get("content");
                Object problem = content == null ? null : content.get("application/problem+json");
                if (problem == null
                        || !problem.toString().contains("#/components/schemas/Problem")) {
                    problems.add(
                            name
                                    + " "
                                    + code
                                    + " is not documented as application/problem+json with the Problem schema");
                }
            }
            if (route.personToken()) {
                if (!responses.containsKey("401") || !responses.containsKey("403")) {
                    problems.add(
                            name + " does not say it refuses a missing or staff token (401, 403)");
                }
                if (operation.get("security") == null
                        || !operation.get("security").toString().contains("person")) {
                    problems.add(name + " does not name the person token as its security");
                }
            }
        }
        assertThat(problems).isEmpty();
        Map<String, Object> schemes =
                (Map<String, Object>)
                        ((Map<String, Object>) spec.get("components")).get("securitySchemes");
        assertThat(schemes).containsKey("person");
        assertThat(
                        ((Map<String, Object>)
                                ((Map<String, Object>) spec.get("components")).get("schemas")))
                .containsKey("Problem");
    }

    /** Each route of the controllers under org.whatmatters.backend.app that serve /api/app/. */
    private static List<Route> appRoutes() throws ClassNotFoundException {
        List<Route> routes = new ArrayList<>();
        for (JavaClass javaClass :
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.whatmatters.backend.app")) {
            Class<?> type = Class.forName(javaClass.getName());
            Controller controller = type.getAnnotation(Controller.class);
            if (controller == null || !controller.value().startsWith("/api/app/")) {
                continue;
            }
            Secured secured = type.getAnnotation(Secured.class);
            boolean personToken =
                    secured != null
                            && !List.of(secured.value()).contains(SecurityRule.IS_ANONYMOUS);
            for (Method method : type.getDeclaredMethods()) {
                String base = controller.value();
                if (method.getAnnotation(Get.class) != null) {
                    routes.add(
                            new Route(
                                    "get",
                                    join(base, method.getAnnotation(Get.class).value()),
                                    personToken));
                } else if (method.getAnnotation(Post.class) != null) {
                    routes.add(
                            new Route(
                                    "post",
                                    join(base, method.getAnnotation(Post.class).value()),
                                    personToken));
                } else if (method.getAnnotation(Put.class) != null) {
                    routes.add(
                            new Route(
                                    "put",
                                    join(base, method.getAnnotation(Put.class).value()),
                                    personToken));
                } else if (method.getAnnotation(Delete.class) != null) {
                    routes.add(
                            new Route(
                                    "delete",
                                    join(base, method.getAnnotation(Delete.class).value()),
                                    personToken));
                }
            }
        }
        return routes;
    }

    private static String join(String base, String path) {
        return path.isEmpty() || path.equals("/") ? base : base + path;
    }
}
