package uk.partnership.portal.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void formulasBecomeText() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CellText.neutralise("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+1", CellText.neutralise("+1+1"));
        assertEquals("'-2+3", CellText.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", CellText.neutralise("@SUM(A1)"));
        assertEquals("'\t=1", CellText.neutralise("\t=1"));
        assertEquals("Review thresholds = done", CellText.neutralise("Review thresholds = done"));
        assertEquals("", CellText.neutralise(null));
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        assertEquals("plain", CellText.csv("plain"));
        assertEquals("\"a, b\"", CellText.csv("a, b"));
        assertEquals("\"say \"\"so what?\"\"\"", CellText.csv("say \"so what?\""));
        assertEquals("\"'=1,2\"", CellText.csv("=1,2"));
        assertEquals("\"line\nbreak\"", CellText.csv("line\nbreak"));
    }
}
