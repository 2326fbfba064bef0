package com.strata.web.api;

import static com.strata.system.JsonProcessing.JSON;

import com.strata.system.ControlCharacters;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What is wrong with a JSON request body before it is bound, if anything: nested deeper than any call's body is
 * ({@code MALFORMED_BODY}; binding a body 10,000 levels deep would exhaust the stack), or a string holding a control character a database refuses or that would hide in a name
 * ({@code INVALID_REQUEST}, naming the member). One streaming pass, no tree is built. A body that is not JSON is left
 * to the call.
 */
final class JsonBodyCheck {

    /** Deeper than any body of the API (a policy document is 5 levels deep). */
    static final int MAX_DEPTH = 64;

    private JsonBodyCheck() {}

    static Optional<ApiError> problem(byte[] body) {
        int depth = 0;
        String member = null;
        try (JsonParser parser =
                JSON.createParser(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            return Optional.of(malformed("it is nested deeper than " + MAX_DEPTH + " levels"));
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        member = parser.getString();
                        Optional<ApiError> control = control(member, member);
                        if (control.isPresent()) {
                            return control;
                        }
                    }
                    case VALUE_STRING -> {
                        Optional<ApiError> control = control(member, parser.getString());
                        if (control.isPresent()) {
                            return control;
                        }
                    }
                    default -> {
                        // numbers, true, false and null hold no text
                    }
                }
            }
        } catch (JsonException notJson) {
            // Left to the call, which says what is wrong as it always has (MALFORMED_BODY, or a policy document's own
            // problems with their paths).
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<ApiError> control(String member, String text) {
        int position = ControlCharacters.firstIn(text);
        if (position < 0) {
            return Optional.empty();
        }
        String detail = (member == null ? "body" : ControlCharacters.visible(member)) + ": "
                + ControlCharacters.problem(text, position);
        return Optional.of(new ApiError(400, "INVALID_REQUEST", "1 problem(s) in the request", List.of(detail)));
    }

    private static ApiError malformed(String reason) {
        return new ApiError(
                400, "MALFORMED_BODY", "The request body is not JSON of the expected form: " + reason, List.of());
    }
}
