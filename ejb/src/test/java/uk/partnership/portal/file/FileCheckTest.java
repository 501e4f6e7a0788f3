package uk.partnership.portal.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.partnership.portal.shared.InvalidInputException;

class FileCheckTest {

    @Test
    void aNameThatReadsBackwardsOrHidesCharactersIsRefused() {
        for (String disguised : new String[] {"report\u202Efdp.exe", "minutes\u2066.pdf", "plan\u200B.docx"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> FileCheck.safeName(disguised));
            assertTrue(e.getMessage().contains("invisible characters"), e.getMessage());
        }
    }

    @Test
    void plainNamesWithAccentsAndSpacesPass() {
        assertEquals("Café report 2020-21.pdf", FileCheck.safeName("  Café report 2020-21.pdf "));
    }
}
