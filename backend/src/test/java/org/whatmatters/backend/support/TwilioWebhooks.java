package org.whatmatters.backend.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts webhooks as Twilio does: a form, signed with HMAC-SHA1 over the URL Twilio called followed
 * by each parameter's name and value in name order (Twilio's published scheme, written out here
 * independently of the SDK's validator the service uses).
 */
public final class TwilioWebhooks {

    public static final String ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
    public static final String AUTH_TOKEN = "fedcba9876543210".repeat(2);
    public static final String SERVICE_NUMBER = "+447700900001";

    private final BlockingHttpClient http;
    private final String publicBaseUrl;

    public TwilioWebhooks(BlockingHttpClient http, String publicBaseUrl) {
        this.http = http;
        this.publicBaseUrl = publicBaseUrl;
    }

    public static Map<String, String> sms(String messageSid, String from, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", messageSid);
        form.put("SmsMessageSid", messageSid);
        form.put("AccountSid", ACCOUNT_SID);
        form.put("From", from);
        form.put("To", SERVICE_NUMBER);
        form.put("Body", body);
        form.put("NumMedia", "0");
        form.put("NumSegments", "1");
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    public static Map<String, String> status(String messageSid, String status, String errorCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", messageSid);
        form.put("MessageStatus", status);
        form.put("AccountSid", ACCOUNT_SID);
        form.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        return form;
    }

    /** What the service answered. */
    public record Answer(int status, String body) {}

    /** Posts the form to {@code path}, signed for the public URL. */
    public Answer post(String path, Map<String, String> form) {
        return postSigned(path, form, sign(publicBaseUrl + path, form, AUTH_TOKEN));
    }

    public Answer postSigned(String path, Map<String, String> form, String signature) {
        MutableHttpRequest<Map<String, String>> request =
                HttpRequest.POST(path, form)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        try {
            HttpResponse<String> response = http.exchange(request, String.class);
            return new Answer(response.code(), response.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            return new Answer(
                    e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""));
        }
    }

    /**
     * Posts a body exactly as given (it may be malformed on purpose), signed over the parameters a
     * lenient reader would see in it, as a prober's tools would sign it.
     */
    public Answer postRaw(String path, String rawBody, boolean signed) {
        MutableHttpRequest<String> request =
                HttpRequest.POST(path, rawBody)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (signed) {
            request.header(
                    "X-Twilio-Signature",
                    sign(publicBaseUrl + path, LenientForm.decode(rawBody), AUTH_TOKEN));
        }
        try {
            HttpResponse<String> response = http.exchange(request, String.class);
            return new Answer(response.code(), response.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            return new Answer(
                    e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""));
        }
    }

    public static String sign(String url, Map<String, String> form, String authToken) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
