package cn.techmarket.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A development mail catcher: the smallest SMTP server that accepts every message on 127.0.0.1:2525 (the realm
 * file's smtpServer) and appends it to logs/mail.log, so that Keycloak's verification and forgotten-password mails
 * can be read and their links followed without a real mail server. When the port is taken (another local stack
 * runs), that stack's catcher gets the mail.
 */
final class MailCatcher implements AutoCloseable {
    static final int PORT = 2525;
    private final ServerSocket server;

    private MailCatcher(ServerSocket server) {
        this.server = server;
    }

    static MailCatcher start(Path log) {
        try {
            ServerSocket server = new ServerSocket(PORT, 8, InetAddress.getLoopbackAddress());
            MailCatcher catcher = new MailCatcher(server);
            Thread thread = new Thread(() -> catcher.serve(log), "mail-catcher");
            thread.setDaemon(true);
            thread.start();
            return catcher;
        } catch (IOException taken) {
            return null;
        }
    }

    private void serve(Path log) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client, log);
            } catch (IOException e) {
                // a broken conversation loses that one mail; the catcher goes on
            }
        }
    }

    private static void converse(Socket client, Path log) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 techmarket mail catcher");
        StringBuilder mail = new StringBuilder();
        boolean data = false;
        for (String line; (line = in.readLine()) != null; ) {
            if (data) {
                if (line.equals(".")) {
                    data = false;
                    try (Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND)) {
                        w.write(mail.append("\n").toString());
                    }
                    mail.setLength(0);
                    reply(out, "250 kept");
                } else {
                    mail.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
                }
                continue;
            }
            String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (verb) {
                case "EHLO", "HELO" -> reply(out, "250 techmarket");
                case "DATA" -> {
                    data = true;
                    mail.append("----- ").append(java.time.OffsetDateTime.now()).append('\n');
                    reply(out, "354 go on");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
