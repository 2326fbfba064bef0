package com.strata.scoring.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every diagnostic reads as a sentence in both languages, from its code and figures alone. */
class DiagnosticTest {

    @Test
    void everyCodeHasAnEnglishAndAChineseSentence() {
        for (DiagnosticCode code : DiagnosticCode.values()) {
            double[] figures = new double[code.figures()];
            Arrays.fill(figures, 0.5);
            Diagnostic diagnostic = Diagnostic.of(code, figures);

            assertTrue(diagnostic.english().chars().allMatch(c -> c < 0x2E80), code + ": " + diagnostic.english());
            assertTrue(
                    diagnostic.chinese().chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                    code + ": " + diagnostic.chinese());
            assertEquals(diagnostic.chinese(), diagnostic.in(Locale.SIMPLIFIED_CHINESE));
            assertEquals(diagnostic.english(), diagnostic.in(Locale.ENGLISH));
        }
    }

    @Test
    void theFiguresAreTheOnesTheSentenceShows() {
        Diagnostic diagnostic = Diagnostic.of(DiagnosticCode.SPEND_DEPENDS_ON_FREQUENCY, 0.4712);

        assertTrue(diagnostic.english().contains("is 0.47;"), diagnostic.english());
        assertTrue(diagnostic.chinese().contains("为 0.47；"), diagnostic.chinese());
    }

    @Test
    void aCodeGivenTheWrongNumberOfFiguresIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Diagnostic.of(DiagnosticCode.SPEND_NO_POPULATION_MEAN));
    }
}
