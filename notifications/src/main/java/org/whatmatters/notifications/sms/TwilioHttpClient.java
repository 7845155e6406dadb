package org.whatmatters.notifications.sms;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The SDK's own {@link NetworkHttpClient} with two changes:
 * <ul>
 *   <li>each request is moved from {@code https://api.twilio.com} onto {@code baseUrl} (scheme, host and
 *       port; the path is kept). Everything else the SDK built — method, form parameters, headers, auth —
 *       is copied unchanged, so a stand-in sees exactly what Twilio would;</li>
 *   <li>one attempt per call. The SDK would otherwise retry a 5xx three times, 100 ms apart, and Apache
 *       HttpClient would retry a 503 or 429 once more after a second — even for a POST — all inside the
 *       caller's thread. The outbox already retries with backoff that survives a restart; one mechanism
 *       is easier to reason about than three stacked, and cannot multiply sends behind our back.</li>
 * </ul>
 */
final class TwilioHttpClient extends NetworkHttpClient {

    private final String baseUrl;

    TwilioHttpClient(URI baseUrl) {
        super(HttpClientBuilder.create()
                .useSystemProperties()
                .disableAutomaticRetries()
                .setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG)
                .setConnectionManager(connectionManager()));
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        return super.makeRequest(moved(request));
    }

    private Request moved(Request request) {
        URI original = URI.create(request.getUrl());
        if ((original.getScheme() + "://" + original.getAuthority()).equals(baseUrl)) {
            return request;
        }
        Request moved = new Request(request.getMethod(), baseUrl + original.getRawPath());
        copy(request.getQueryParams(), moved::addQueryParam);
        copy(request.getPostParams(), moved::addPostParam);
        copy(request.getHeaderParams(), moved::addHeaderParam);
        moved.setContentType(request.getContentType());
        moved.setBody(request.getBody());
        moved.setFormParameters(request.getFormParameters());
        moved.setUserAgentExtensions(request.getUserAgentExtensions());
        if (request.getAuthStrategy() != null) {
            moved.setAuth(request.getAuthStrategy());
        } else if (request.requiresAuthentication()) {
            moved.setAuth(request.getUsername(), request.getPassword());
        }
        return moved;
    }

    private static PoolingHttpClientConnectionManager connectionManager() {
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
        connections.setDefaultSocketConfig(DEFAULT_SOCKET_CONFIG);
        connections.setDefaultMaxPerRoute(10);
        connections.setMaxTotal(20);
        return connections;
    }

    private static void copy(Map<String, List<String>> from, BiConsumer<String, String> to) {
        from.forEach((name, values) -> values.forEach(value -> to.accept(name, value)));
    }
}
