package org.whatmatters.notifications.sms;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.rest.api.v2010.account.MessageReader;
import com.twilio.type.PhoneNumber;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.whatmatters.notifications.delivery.DeliveryResult;

/**
 * Sends SMS through the Twilio Java SDK's Messages resource, and asks the same resource whether a
 * message whose send had no known outcome went after all. One instance per account; thread-safe.
 * Logs nothing itself: the caller decides what (never a number or a text) to record.
 */
public final class TwilioSms {

    /** How many of a recipient's newest messages {@link #lookUp} reads at most. */
    static final int LOOK_UP_LIMIT = 200;

    private static final int PAGE_SIZE = 50;

    private final TwilioRestClient client;
    private final SmsSenderId sender;

    public TwilioSms(TwilioAccount account, SmsSenderId sender) {
        this(account, sender, TwilioTimeouts.DEFAULT);
    }

    public TwilioSms(TwilioAccount account, SmsSenderId sender, TwilioTimeouts timeouts) {
        this.client =
                new TwilioRestClient.Builder(account.accountSid(), account.authToken())
                        .httpClient(new TwilioHttpClient(account.apiBaseUrl(), timeouts))
                        .build();
        this.sender = sender;
    }

    public DeliveryResult send(SmsMessage message) {
        PhoneNumber to = new PhoneNumber(message.to());
        MessageCreator creator =
                sender instanceof SmsSenderId.PhoneNumber number
                        ? Message.creator(to, new PhoneNumber(number.e164()), message.body())
                        : Message.creator(
                                to, ((SmsSenderId.MessagingService) sender).sid(), message.body());
        if (message.statusCallback() != null) {
            creator.setStatusCallback(message.statusCallback());
        }
        try {
            Message created = creator.create(client);
            return new DeliveryResult.Accepted(
                    created.getSid(), String.valueOf(created.getStatus()));
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            if (status == null) {
                // the SDK reports an IOException (refused, reset, timed out) as an ApiException
                // without a status
                return new DeliveryResult.Failed(
                        "network", e.getMessage(), true, !surelyNotWritten(e.getCause()));
            }
            boolean retryable = status >= 500 || status == 429;
            String code = e.getCode() != null ? String.valueOf(e.getCode()) : "http-" + status;
            return new DeliveryResult.Failed(code, e.getMessage(), retryable);
        }
    }

    /**
     * Whether Twilio took {@code message} since {@code since}: reads the recipient's newest
     * messages from our sender (Messages list filtered by {@code To}, and {@code From} when we send
     * from a number) and looks for one created at or after {@code since} with the same text whose
     * sid {@code alreadyKnown} does not claim for another of our messages.
     *
     * <p>Not filtered by {@code DateSent}: Twilio fills {@code date_sent} only once a message has
     * left it, and the filter is by day, so a message Twilio still holds as {@code accepted} or
     * {@code queued} (the very case after a timed-out create) would be missed and sent twice. The
     * list comes newest first; reading stops at the first message created before {@code since}.
     */
    public PriorSend lookUp(SmsMessage message, Instant since, Predicate<String> alreadyKnown) {
        Objects.requireNonNull(since, "since");
        MessageReader reader = Message.reader().setTo(new PhoneNumber(message.to()));
        if (sender instanceof SmsSenderId.PhoneNumber number) {
            reader.setFrom(new PhoneNumber(number.e164()));
        }
        try {
            reader.limit(LOOK_UP_LIMIT);
            reader.pageSize(
                    PAGE_SIZE); // after limit(), which would otherwise ask for all of them in one
            // page
            for (Message listed : reader.read(client)) {
                Instant created =
                        listed.getDateCreated() == null
                                ? null
                                : listed.getDateCreated().toInstant();
                if (created != null && created.isBefore(since)) {
                    break;
                }
                if (ours(listed)
                        && message.body().equals(listed.getBody())
                        && !alreadyKnown.test(listed.getSid())) {
                    return new PriorSend.Found(listed.getSid(), String.valueOf(listed.getStatus()));
                }
            }
            return new PriorSend.NotFound();
        } catch (ApiException e) {
            String code =
                    e.getStatusCode() == null
                            ? "network"
                            : e.getCode() != null
                                    ? String.valueOf(e.getCode())
                                    : "http-" + e.getStatusCode();
            return new PriorSend.Unknown(code + ": " + e.getMessage());
        }
    }

    private boolean ours(Message listed) {
        if (listed.getDirection() != null
                && !String.valueOf(listed.getDirection()).startsWith("outbound")) {
            return false;
        }
        return sender instanceof SmsSenderId.MessagingService service
                ? service.sid().equals(listed.getMessagingServiceSid())
                : true; // filtered by From already
    }

    /**
     * Failures that happen before a byte of the request leaves us: no address, refused, no route,
     * the connect or the wait for a pooled connection timed out, TLS did not come up. Anything else
     * (a read timeout, a reset, no answer) may have happened after Twilio read the request.
     */
    private static boolean surelyNotWritten(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof org.apache.hc.client5.http.ConnectTimeoutException
                    || t instanceof ConnectionRequestTimeoutException
                    || t instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }
}
