package mando.domain.mandala;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class MandalaOptionsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 33})
    void constructor_symmetryOutOfRange_saysWhatIsAllowed(int symmetry) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MandalaOptions(1, symmetry, null, null, null, null));

        assertEquals("symmetry must be between 2 and 32", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9})
    void constructor_layersOutOfRange_saysWhatIsAllowed(int layers) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MandalaOptions(1, null, null, null, layers, null));

        assertEquals("layers must be between 1 and 8", e.getMessage());
    }

    @Test
    void parse_unknownNames_listWhatIsAllowed() {
        assertEquals("style must be one of line, fill, bezier, bezier_fill",
                assertThrows(IllegalArgumentException.class, () -> Style.parse("dots")).getMessage());
        assertEquals("background must be one of transparent, dark, light",
                assertThrows(IllegalArgumentException.class, () -> Background.parse("blue")).getMessage());
        assertEquals("palette must be one of " + Palette.keys(),
                assertThrows(IllegalArgumentException.class, () -> Palette.parse("neon")).getMessage());
    }

    @Test
    void parse_everyKey_givesItsValue() {
        for (Style s : Style.values()) {
            assertEquals(s, Style.parse(s.key()));
        }
        for (Palette p : Palette.values()) {
            assertEquals(p, Palette.parse(p.key()));
        }
        for (Background b : Background.values()) {
            assertEquals(b, Background.parse(b.key()));
        }
    }

    @Test
    void caption_openMandala_saysSo() {
        MandalaOptions options = new MandalaOptions(5, 7, Style.FILL, null, null, null, true);

        assertEquals("seed 5 · symmetry 7 · open · fill", options.caption());
    }
}
