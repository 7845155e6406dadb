package org.whatmatters.backend.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Form decoding as the WHATWG URL standard (and Python's parse_qs) does it: a '%' not followed by
 * two hex digits stands for itself, a name given twice keeps its last value. Used only to sign
 * hostile bodies the way a prober would; the service decodes strictly.
 */
final class LenientForm {

    private LenientForm() {}

    static Map<String, String> decode(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.put(component(name), component(value));
        }
        return params;
    }

    private static String component(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] in = text.replace('+', ' ').getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                bytes.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                bytes.write(in[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }
}
