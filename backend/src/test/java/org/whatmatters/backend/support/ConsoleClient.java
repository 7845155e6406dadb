package org.whatmatters.backend.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff console as a browser without JavaScript uses it: cookies kept, redirects not followed
 * (so a test sees them), forms posted with whatever fields it is given. For the browser itself, see
 * {@link InTheBrowser}.
 */
public final class ConsoleClient {

    /** What came back: status, the Location of a redirect, the Set-Cookie headers and the page. */
    public record Page(
            int status,
            String location,
            List<String> setCookies,
            String html,
            Map<String, String> headers) {

        /** The value of a hidden field, e.g. the form's {@code _csrf}. */
        public String field(String name) {
            Matcher matcher =
                    Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                            .matcher(html);
            if (!matcher.find()) {
                throw new AssertionError("no field " + name + " on the page:\n" + html);
            }
            return matcher.group(1);
        }
    }

    private final BlockingHttpClient http;
    private final Map<String, String> cookies = new HashMap<>();

    public ConsoleClient(URL server) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        this.http = HttpClient.create(server, configuration).toBlocking();
    }

    public Page get(String path) {
        return send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));
    }

    /** A JSON API request carrying the console's cookies (and nothing else). */
    public Page api(String path) {
        return send(HttpRequest.GET(path).accept(MediaType.APPLICATION_JSON_TYPE));
    }

    public Page post(String path, Map<String, String> form) {
        return send(
                HttpRequest.POST(path, form)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .accept(MediaType.TEXT_HTML_TYPE));
    }

    /**
     * Signs in through the form, as a person would: the page first (for its CSRF token), then the
     * post.
     */
    public Page signIn(String username, String password) {
        Page form = get("/console/sign-in");
        return post(
                "/console/sign-in",
                Map.of(
                        "_csrf",
                        form.field("_csrf"),
                        "username",
                        username,
                        "password",
                        password,
                        "next",
                        ""));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private Page send(MutableHttpRequest<?> request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .toList()));
        }
        HttpResponse<String> response;
        try {
            response = http.exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException refused) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> answer = (HttpResponse<String>) refused.getResponse();
            response = answer;
        }
        List<String> setCookies = response.getHeaders().getAll("Set-Cookie");
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        Map<String, String> headers = new HashMap<>();
        response.getHeaders()
                .forEach(
                        (name, values) ->
                                headers.put(name.toLowerCase(), String.join(", ", values)));
        return new Page(
                response.code(),
                response.getHeaders().get("Location"),
                setCookies,
                response.getBody(String.class).orElse(""),
                headers);
    }
}
