package org.whatmatters.backend.twilio;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.whatmatters.backend.inbox.SmsInbox;
import org.whatmatters.backend.outbox.DeliveryCallbacks;

import java.util.Map;

/**
 * Twilio's webhooks. Anyone can reach them; the signature is what proves Twilio sent them, and an
 * unsigned or forged request is refused before anything is stored.
 */
@Controller("/webhooks/twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Twilio webhooks")
class TwilioWebhookController {

    /** Replies go out through the REST API (the outbox), so the webhook answer says nothing. */
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final TwilioSignature signature;
    private final SmsInbox inbox;
    private final DeliveryCallbacks callbacks;

    TwilioWebhookController(TwilioSignature signature, SmsInbox inbox, DeliveryCallbacks callbacks) {
        this.signature = signature;
        this.inbox = inbox;
        this.callbacks = callbacks;
    }

    @Operation(summary = "An SMS to the service number (Twilio's incoming-message webhook)")
    @Post(uri = "/sms", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_XML)
    HttpResponse<String> sms(HttpRequest<?> request, @Body Map<String, String> form) {
        if (!signature.isValid(request, form)) {
            return HttpResponse.<String>status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE)
                    .body("invalid Twilio signature");
        }
        if (blank(form.get("MessageSid")) || blank(form.get("From"))) {
            return HttpResponse.<String>badRequest().contentType(MediaType.TEXT_PLAIN_TYPE).body("MessageSid and From are required");
        }
        inbox.receive(new SmsInbox.IncomingSms(form.get("MessageSid"), form.get("From"), form.get("To"),
                form.getOrDefault("Body", ""), parseInt(form.get("NumMedia"))));
        return HttpResponse.ok(EMPTY_TWIML);
    }

    @Operation(summary = "Delivery status of a message we sent (Twilio's StatusCallback)")
    @Post(uri = "/status", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_PLAIN)
    HttpResponse<String> status(HttpRequest<?> request, @Body Map<String, String> form) {
        if (!signature.isValid(request, form)) {
            return HttpResponse.<String>status(HttpStatus.FORBIDDEN).body("invalid Twilio signature");
        }
        if (blank(form.get("MessageSid")) || blank(form.get("MessageStatus"))) {
            return HttpResponse.<String>badRequest().body("MessageSid and MessageStatus are required");
        }
        callbacks.record(form.get("MessageSid"), form.get("MessageStatus"), form.get("ErrorCode"),
                request.getParameters().get(DeliveryCallbacks.OUTBOX_PARAMETER));
        return HttpResponse.ok("");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
