package org.whatmatters.notifications.sms;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.whatmatters.notifications.delivery.DeliveryResult;

/**
 * Sends SMS through the Twilio Java SDK's Messages resource. One instance per account; thread-safe.
 * Logs nothing itself: the caller decides what (never a number or a text) to record.
 */
public final class TwilioSms {

    private final TwilioRestClient client;
    private final SmsSenderId sender;

    public TwilioSms(TwilioAccount account, SmsSenderId sender) {
        this.client = new TwilioRestClient.Builder(account.accountSid(), account.authToken())
                .httpClient(new TwilioHttpClient(account.apiBaseUrl()))
                .build();
        this.sender = sender;
    }

    public DeliveryResult send(SmsMessage message) {
        PhoneNumber to = new PhoneNumber(message.to());
        MessageCreator creator = sender instanceof SmsSenderId.PhoneNumber number
                ? Message.creator(to, new PhoneNumber(number.e164()), message.body())
                : Message.creator(to, ((SmsSenderId.MessagingService) sender).sid(), message.body());
        if (message.statusCallback() != null) {
            creator.setStatusCallback(message.statusCallback());
        }
        try {
            Message created = creator.create(client);
            return new DeliveryResult.Accepted(created.getSid(), String.valueOf(created.getStatus()));
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            if (status == null) {
                // the SDK reports an IOException (refused, reset, timed out) as an ApiException without a status
                return new DeliveryResult.Failed("network", e.getMessage(), true);
            }
            boolean retryable = status >= 500 || status == 429;
            String code = e.getCode() != null ? String.valueOf(e.getCode()) : "http-" + status;
            return new DeliveryResult.Failed(code, e.getMessage(), retryable);
        }
    }
}
