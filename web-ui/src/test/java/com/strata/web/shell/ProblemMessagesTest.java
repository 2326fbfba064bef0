package com.strata.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.refusal.Problem;
import com.strata.refusal.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Validation problems as the pages say them, from the real message bundles of both languages. */
class ProblemMessagesTest {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ENGLISH =
            ResourceBundle.getBundle("com.strata.web.messages", Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle CHINESE =
            ResourceBundle.getBundle("com.strata.web.messages", Locale.SIMPLIFIED_CHINESE, NO_FALLBACK);

    private static final Problem RESOLUTION =
            Problem.of("resolutionHours", ProblemCode.RESOLUTION_BEFORE_FIRST_RESPONSE, 8, 4);

    @Test
    void aProblemNamesTheFieldByThePagesLabelAndTheValuesInEachLanguage() {
        assertEquals(
                "Resolution SLA (business hours): must be at least the first-response SLA (8 h), got 4",
                ProblemMessages.render(RESOLUTION, ENGLISH, "policies."));
        assertEquals("解决时限（工作小时）：不能少于首次响应时限（8 小时），实际为 4", ProblemMessages.render(RESOLUTION, CHINESE, "policies."));
    }

    @Test
    void aFieldWithoutALabelIsNamedAsTheApiNamesIt() {
        assertEquals(
                "resolutionHours: must be at least the first-response SLA (8 h), got 4",
                ProblemMessages.render(RESOLUTION, ENGLISH, "nolabels."));
        assertEquals(RESOLUTION.english(), ProblemMessages.render(RESOLUTION, ENGLISH, "nolabels."));
    }

    @Test
    void aValueNotGivenIsSaidInTheReadersLanguage() {
        Problem colour = Problem.of("badgeColour", ProblemCode.COLOUR, (Object) null);
        assertEquals("badgeColour: must be a colour as #RRGGBB, got nothing", colour.english());
        assertEquals("徽章颜色：必须是 #RRGGBB 格式的颜色，实际为 （空）", ProblemMessages.render(colour, CHINESE, "policies."));
    }

    @Test
    void everyProblemCodeHasAPatternInBothLanguagesAndTheEnglishOneIsTheApisSentence() throws IOException {
        // Each file on its own: the Chinese bundle would otherwise find a missing key in its English parent.
        Properties english = file("messages.properties");
        Properties chinese = file("messages_zh_CN.properties");
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(english.containsKey(code.key()), () -> code.key() + " is missing in messages.properties");
            assertTrue(chinese.containsKey(code.key()), () -> code.key() + " is missing in messages_zh_CN.properties");
            assertEquals(code.english(), ENGLISH.getString(code.key()), code.key());
            assertNotEquals(code.english(), CHINESE.getString(code.key()), () -> code.key() + " is not translated");
        }
    }

    private static Properties file(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getResourceAsStream("/com/strata/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theBundlesHoldNoPatternForACodeThatIsGone() {
        Set<String> codes =
                Arrays.stream(ProblemCode.values()).map(ProblemCode::key).collect(Collectors.toSet());
        for (ResourceBundle bundle : new ResourceBundle[] {ENGLISH, CHINESE}) {
            Set<String> stale = new TreeSet<>();
            for (String key : Collections.list(bundle.getKeys())) {
                if (key.startsWith("problem.")
                        && !codes.contains(key)
                        && !Set.of("problem.line", "problem.nothing").contains(key)) {
                    stale.add(key);
                }
            }
            assertEquals(Set.of(), stale, bundle.getLocale().toString());
        }
    }
}
