package org.whatmatters.notifications.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how emails are handed over: an SMTP server (usually a relay such as NHSmail's or the
 * organisation's), its credentials, and who the emails are from.
 *
 * @param username the login, or null for a relay that needs none (then {@code password} is null
 *     too)
 * @param password the password for {@code username}, or null
 * @param startTls upgrade the connection with STARTTLS before logging in or sending, and refuse to
 *     send if the server does not offer it (never falls back to plain text)
 * @param from the sender, {@code alerts@example.org} or {@code WhatMatters <alerts@example.org>}
 * @param timeout how long connecting, and each read and write, may take before the attempt fails
 *     (as a retryable network failure)
 */
public record SmtpSettings(
        String host,
        int port,
        String username,
        String password,
        boolean startTls,
        String from,
        Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SMTP host must be set");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port must be 1-65535, was " + port);
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException(
                    "SMTP username and password are set together or not at all");
        }
        Objects.requireNonNull(from, "from");
        try {
            new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "SMTP from address is not an email address: " + e.getMessage());
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SMTP timeout must be positive, was " + timeout);
        }
    }

    /** With {@link #DEFAULT_TIMEOUT}. */
    public SmtpSettings(
            String host,
            int port,
            String username,
            String password,
            boolean startTls,
            String from) {
        this(host, port, username, password, startTls, from, DEFAULT_TIMEOUT);
    }

    public boolean authenticates() {
        return username != null;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SmtpSettings[host="
                + host
                + ", port="
                + port
                + ", username="
                + username
                + ", password="
                + (password == null ? "none" : "***")
                + ", startTls="
                + startTls
                + ", from="
                + from
                + ", timeout="
                + timeout
                + "]";
    }
}
