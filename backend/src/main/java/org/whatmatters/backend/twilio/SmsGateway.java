package org.whatmatters.backend.twilio;

import io.micronaut.context.annotation.Context;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.whatmatters.backend.person.PhoneNumbers;
import org.whatmatters.backend.settings.InvalidSettingException;
import org.whatmatters.notifications.sms.SmsSenderId;
import org.whatmatters.notifications.sms.TwilioAccount;
import org.whatmatters.notifications.sms.TwilioSms;

/**
 * Twilio as this deployment configured it, checked once at start-up: either a complete, well-formed
 * set of settings (and an SMS channel), or none at all (messages are stored as "not sent").
 * Anything in between stops start-up with one line naming the setting.
 */
@Context
public class SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(SmsGateway.class);
    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern AUTH_TOKEN = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");
    public static final String STATUS_CALLBACK_PATH = "/webhooks/twilio/status";

    private final TwilioSms sms;
    private final String authToken;
    private final URI statusCallback;

    public SmsGateway(
            TwilioSettings settings, PhoneNumbers phoneNumbers, PublicBaseUrl publicBaseUrl) {
        this.statusCallback = publicBaseUrl.resolve(STATUS_CALLBACK_PATH);
        if (settings.noneGiven()) {
            this.sms = null;
            this.authToken = null;
            LOG.warn(
                    "Twilio is not configured (no TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER): "
                            + "outbound messages are stored as 'not sent: no Twilio credentials' and webhooks are refused");
            return;
        }
        String sid = require(settings.accountSid(), "TWILIO_ACCOUNT_SID");
        if (!ACCOUNT_SID.matcher(sid).matches()) {
            throw new InvalidSettingException(
                    "TWILIO_ACCOUNT_SID",
                    "must be 'AC' followed by 32 hexadecimal characters (see the Twilio console)");
        }
        String token = require(settings.authToken(), "TWILIO_AUTH_TOKEN");
        if (!AUTH_TOKEN.matcher(token).matches()) {
            throw new InvalidSettingException(
                    "TWILIO_AUTH_TOKEN",
                    "must be 32 hexadecimal characters (see the Twilio console)");
        }
        SmsSenderId sender = sender(settings, phoneNumbers);
        URI api = apiBaseUrl(settings.apiBaseUrl());
        this.sms = new TwilioSms(new TwilioAccount(sid, token, api), sender, settings.timeouts());
        this.authToken = token;
        LOG.info(
                "Twilio SMS configured for account {} via {} (timeouts: connect {}, read {}); status callbacks to {}",
                sid,
                api,
                settings.connectTimeout(),
                settings.readTimeout(),
                statusCallback);
    }

    public Optional<TwilioSms> sms() {
        return Optional.ofNullable(sms);
    }

    /** The token webhook signatures are checked with; empty when Twilio is not configured. */
    public Optional<String> authToken() {
        return Optional.ofNullable(authToken);
    }

    public URI statusCallback() {
        return statusCallback;
    }

    private static SmsSenderId sender(TwilioSettings settings, PhoneNumbers phoneNumbers) {
        boolean number = !TwilioSettings.blank(settings.fromNumber());
        boolean service = !TwilioSettings.blank(settings.messagingServiceSid());
        if (number && service) {
            throw new InvalidSettingException(
                    "TWILIO_FROM_NUMBER",
                    "and TWILIO_MESSAGING_SERVICE_SID are both set: set one of them");
        }
        if (service) {
            String sid = settings.messagingServiceSid().trim();
            if (!SERVICE_SID.matcher(sid).matches()) {
                throw new InvalidSettingException(
                        "TWILIO_MESSAGING_SERVICE_SID",
                        "must be 'MG' followed by 32 hexadecimal characters");
            }
            return new SmsSenderId.MessagingService(sid);
        }
        if (!number) {
            throw new InvalidSettingException(
                    "TWILIO_FROM_NUMBER",
                    "is missing: set it (or TWILIO_MESSAGING_SERVICE_SID) with the other Twilio settings");
        }
        String from = settings.fromNumber().trim();
        return new SmsSenderId.PhoneNumber(
                phoneNumbers
                        .toE164(from)
                        .filter(from::equals)
                        .orElseThrow(
                                () ->
                                        new InvalidSettingException(
                                                "TWILIO_FROM_NUMBER",
                                                "must be a phone number in E.164 form, such as +447700900123")));
    }

    private static URI apiBaseUrl(String configured) {
        if (TwilioSettings.blank(configured)) {
            return TwilioAccount.TWILIO_API;
        }
        try {
            URI uri = URI.create(configured.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidSettingException(
                "TWILIO_API_BASE_URL", "must be an absolute http(s) URL, was '" + configured + "'");
    }

    private static String require(String value, String environmentVariable) {
        if (TwilioSettings.blank(value)) {
            throw new InvalidSettingException(
                    environmentVariable,
                    "is missing: the Twilio settings are all or nothing "
                            + "(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, and TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID)");
        }
        return value.trim();
    }
}
