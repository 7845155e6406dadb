package org.whatmatters.notifications.sms;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The SDK's own {@link NetworkHttpClient} with two changes:
 *
 * <ul>
 *   <li>each request is moved from {@code https://api.twilio.com} onto {@code baseUrl} (scheme,
 *       host and port; the path is kept). Everything else the SDK built — method, form parameters,
 *       headers, auth — is copied unchanged, so a stand-in sees exactly what Twilio would;
 *   <li>one attempt per call. The SDK would otherwise retry a 5xx three times, 100 ms apart, and
 *       Apache HttpClient would retry a 503 or 429 once more after a second — even for a POST — all
 *       inside the caller's thread. The outbox already retries with backoff that survives a
 *       restart; one mechanism is easier to reason about than three stacked, and cannot multiply
 *       sends behind our back;
 *   <li>{@link TwilioTimeouts} instead of the SDK's 30 s. The SDK sets its own {@code
 *       RequestConfig} on every request (connect 30.5 s), which would win over the builder's
 *       default, so a first exec interceptor puts ours into the request's context before the
 *       connection is opened.
 * </ul>
 */
final class TwilioHttpClient extends NetworkHttpClient {

    private final String baseUrl;

    TwilioHttpClient(URI baseUrl, TwilioTimeouts timeouts) {
        super(builder(requestConfig(timeouts), timeouts));
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
        // a next-page request carries its query in the URL (PageToken, filters); keep it
        String query = original.getRawQuery() == null ? "" : "?" + original.getRawQuery();
        Request moved = new Request(request.getMethod(), baseUrl + original.getRawPath() + query);
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

    private static HttpClientBuilder builder(RequestConfig config, TwilioTimeouts timeouts) {
        return HttpClientBuilder.create()
                .useSystemProperties()
                .disableAutomaticRetries()
                .setDefaultRequestConfig(config)
                .addExecInterceptorFirst(
                        "whatmatters-timeouts",
                        (request, scope, chain) -> {
                            scope.clientContext.setRequestConfig(config);
                            return chain.proceed(request, scope);
                        })
                .setConnectionManager(connectionManager(timeouts));
    }

    @SuppressWarnings(
            "deprecation") // RequestConfig's connect timeout is what the SDK's own config sets
    private static RequestConfig requestConfig(TwilioTimeouts timeouts) {
        Timeout connect = Timeout.of(timeouts.connect());
        return RequestConfig.copy(DEFAULT_REQUEST_CONFIG)
                .setConnectionRequestTimeout(connect)
                .setConnectTimeout(connect)
                .setResponseTimeout(Timeout.of(timeouts.read()))
                .build();
    }

    private static PoolingHttpClientConnectionManager connectionManager(TwilioTimeouts timeouts) {
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
        connections.setDefaultSocketConfig(
                SocketConfig.copy(DEFAULT_SOCKET_CONFIG)
                        .setSoTimeout(Timeout.of(timeouts.read()))
                        .build());
        connections.setDefaultConnectionConfig(
                ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(timeouts.connect()))
                        .setSocketTimeout(Timeout.of(timeouts.read()))
                        .build());
        connections.setDefaultMaxPerRoute(10);
        connections.setMaxTotal(20);
        return connections;
    }

    private static void copy(Map<String, List<String>> from, BiConsumer<String, String> to) {
        from.forEach((name, values) -> values.forEach(value -> to.accept(name, value)));
    }
}
