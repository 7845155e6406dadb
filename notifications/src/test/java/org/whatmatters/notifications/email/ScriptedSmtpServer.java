package org.whatmatters.notifications.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An SMTP server that answers one stage with a chosen reply, for what GreenMail cannot do (it
 * accepts every recipient): a greeting, recipient or message refused with a 4xx or 5xx reply as a
 * real relay would. Every other command gets the reply RFC 5321 gives for success. Records the
 * commands it saw.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String greeting;
    private final String rcptReply;
    private final String dataReply;
    private final List<String> commands = new ArrayList<>();
    private final Thread thread;

    ScriptedSmtpServer(String greeting, String rcptReply, String dataReply) {
        this.greeting = greeting;
        this.rcptReply = rcptReply;
        this.dataReply = dataReply;
        try {
            socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    static ScriptedSmtpServer refusingRecipients(String reply) {
        return new ScriptedSmtpServer("220 scripted ESMTP", reply, "250 2.0.0 Ok: queued");
    }

    static ScriptedSmtpServer refusingMessages(String reply) {
        return new ScriptedSmtpServer("220 scripted ESMTP", "250 2.1.5 Ok", reply);
    }

    static ScriptedSmtpServer greetingWith(String reply) {
        return new ScriptedSmtpServer(reply, "250 2.1.5 Ok", "250 2.0.0 Ok: queued");
    }

    int port() {
        return socket.getLocalPort();
    }

    synchronized List<String> commands() {
        return List.copyOf(commands);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client hung up: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, greeting);
        if (!greeting.startsWith("220")) {
            return;
        }
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.split(" ", 2)[0].toUpperCase();
            synchronized (this) {
                commands.add(verb);
            }
            switch (verb) {
                case "EHLO", "HELO" -> reply(out, "250 scripted");
                case "MAIL", "RSET", "NOOP" -> reply(out, "250 2.0.0 Ok");
                case "RCPT" -> reply(out, rcptReply);
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself is not kept
                    }
                    reply(out, dataReply);
                }
                case "QUIT" -> {
                    reply(out, "221 2.0.0 Bye");
                    return;
                }
                default -> reply(out, "502 5.5.2 Command not recognised");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
