package com.gasline.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON POST sent from a chosen loopback address, so a test can be two clients at once (127.0.0.1 and 127.0.0.2):
 * java.net.http cannot bind a local address. HTTP/1.0, so the answer is never chunked and ends with the connection.
 */
final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, Map<String, String> headers, JsonNode json) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private RawHttp() {
    }

    static Answer post(String fromAddress, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", GaslineContainer.HTTP_PORT), 5000);
            socket.setSoTimeout(30000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api" + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + GaslineContainer.HTTP_PORT
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String[] head = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(), head[i].substring(colon + 1).trim());
            }
            String content = raw.substring(end + 4);
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, content.isBlank() ? null : JSON.readTree(content));
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " from " + fromAddress + ": " + e, e);
        }
    }
}
