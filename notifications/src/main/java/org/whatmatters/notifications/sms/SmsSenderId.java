package org.whatmatters.notifications.sms;

/** Who an SMS is sent from: one of our numbers, or a Twilio Messaging Service that picks one. */
public sealed interface SmsSenderId {

    record PhoneNumber(String e164) implements SmsSenderId {}

    record MessagingService(String sid) implements SmsSenderId {}
}
