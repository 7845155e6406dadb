package org.whatmatters.backend.inbox;

import io.micronaut.core.annotation.Nullable;
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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.outbox.DeliveryCallbacks;

/**
 * Twilio's webhooks. Anyone can reach them; the signature is what proves Twilio sent them, and an
 * unsigned or forged request is refused before anything is stored. The form is decoded here ({@link
 * TwilioForm}) and every field is checked against what Twilio can send ({@link TwilioLimits})
 * before the inbox sees it: what cannot be read or cannot be Twilio's gets a 4xx with a fixed text
 * (Twilio does not retry a 4xx), an optional field out of bounds is dropped and the rest stored,
 * and no answer or log line quotes a submitted value.
 */
@Controller("/webhooks/twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Twilio webhooks")
class TwilioWebhookController {

    /** Replies go out through the REST API (the outbox), so the webhook answer says nothing. */
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    static final String FORGED = "invalid Twilio signature";
    // every refusal is one of these fixed texts: none quotes what was sent
    static final String REQUIRED_SMS = "MessageSid and From are required";
    static final String BAD_SID = "MessageSid is not a Twilio message SID (34 characters)";
    static final String BAD_FROM =
            "From is not an address Twilio sends (at most 64 printable characters, E.164 at most 15 digits)";
    static final String BODY_TOO_LONG = "Body is longer than Twilio's 1600 characters";
    static final String REQUIRED_STATUS = "MessageSid and MessageStatus are required";
    static final String BAD_STATUS = "MessageStatus is not a Twilio message status";

    private static final Logger LOG = LoggerFactory.getLogger(TwilioWebhookController.class);

    private final TwilioSignature signature;
    private final SmsInbox inbox;
    private final DeliveryCallbacks callbacks;

    TwilioWebhookController(
            TwilioSignature signature, SmsInbox inbox, DeliveryCallbacks callbacks) {
        this.signature = signature;
        this.inbox = inbox;
        this.callbacks = callbacks;
    }

    @Operation(summary = "An SMS to the service number (Twilio's incoming-message webhook)")
    @Post(
            uri = "/sms",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_XML)
    HttpResponse<String> sms(HttpRequest<?> request, @Body @Nullable String raw) {
        TwilioForm.Read read = TwilioForm.read(raw);
        if (read.form().isEmpty()) {
            return refused(request, HttpStatus.BAD_REQUEST, read.problem().reason);
        }
        TwilioForm form = read.form().get();
        if (!signature.isValid(request, form.params())) {
            return plain(HttpStatus.FORBIDDEN, FORGED);
        }
        String sid = form.get("MessageSid");
        if (blank(sid) || blank(form.get("From"))) {
            return refused(request, HttpStatus.BAD_REQUEST, REQUIRED_SMS);
        }
        if (!TwilioLimits.isMessageSid(sid)) {
            return refused(request, HttpStatus.BAD_REQUEST, BAD_SID);
        }
        if (!TwilioLimits.isAddress(form.get("From"))) {
            return refused(request, HttpStatus.BAD_REQUEST, BAD_FROM);
        }
        if (!TwilioLimits.isBody(form.get("Body"))) {
            return refused(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, BODY_TOO_LONG);
        }
        String to = form.get("To");
        if (to != null && !TwilioLimits.isAddress(to)) {
            LOG.warn("inbound {}: To is not an address Twilio sends; stored without it", sid);
            to = null;
        }
        inbox.receive(
                new SmsInbox.IncomingSms(
                        sid,
                        form.get("From"),
                        to,
                        Optional.ofNullable(form.get("Body")).orElse(""),
                        numMedia(form.get("NumMedia"))));
        return HttpResponse.ok(EMPTY_TWIML);
    }

    @Operation(summary = "Delivery status of a message we sent (Twilio's StatusCallback)")
    @Post(
            uri = "/status",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_PLAIN)
    HttpResponse<String> status(HttpRequest<?> request, @Body @Nullable String raw) {
        TwilioForm.Read read = TwilioForm.read(raw);
        if (read.form().isEmpty()) {
            return refused(request, HttpStatus.BAD_REQUEST, read.problem().reason);
        }
        TwilioForm form = read.form().get();
        if (!signature.isValid(request, form.params())) {
            return plain(HttpStatus.FORBIDDEN, FORGED);
        }
        String sid = form.get("MessageSid");
        String status = form.get("MessageStatus");
        if (blank(sid) || blank(status)) {
            return refused(request, HttpStatus.BAD_REQUEST, REQUIRED_STATUS);
        }
        if (!TwilioLimits.isMessageSid(sid)) {
            return refused(request, HttpStatus.BAD_REQUEST, BAD_SID);
        }
        if (!TwilioLimits.isStatus(status)) {
            return refused(request, HttpStatus.BAD_REQUEST, BAD_STATUS);
        }
        String errorCode = form.get("ErrorCode");
        if (errorCode != null && !errorCode.isBlank() && !TwilioLimits.isErrorCode(errorCode)) {
            LOG.warn(
                    "status callback for {}: ErrorCode is not a Twilio error code; the status is kept without it",
                    sid);
            errorCode = null;
        }
        callbacks.record(
                sid,
                status,
                errorCode,
                request.getParameters().get(DeliveryCallbacks.OUTBOX_PARAMETER));
        return HttpResponse.ok("");
    }

    private static HttpResponse<String> refused(
            HttpRequest<?> request, HttpStatus status, String reason) {
        LOG.warn(
                "refused a Twilio webhook on {}: {} ({})",
                request.getPath(),
                reason,
                status.getCode());
        return plain(status, reason);
    }

    private static HttpResponse<String> plain(HttpStatus status, String text) {
        return HttpResponse.<String>status(status)
                .contentType(MediaType.TEXT_PLAIN_TYPE)
                .body(text);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Twilio sends 0 to 10; anything else (absent, garbage) counts as none. */
    private static int numMedia(String value) {
        try {
            int count = value == null ? 0 : Integer.parseInt(value.trim());
            return count < 0 || count > 100 ? 0 : count;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
