package uk.partnership.portal.publication;

import java.time.LocalDate;
import java.time.Month;

/** A council's year runs from its annual meeting in May; minute numbers start again each year ("20/1"). */
public final class MunicipalYear {

    private MunicipalYear() {
    }

    public static int of(LocalDate day) {
        return day.getMonthValue() >= Month.MAY.getValue() ? day.getYear() : day.getYear() - 1;
    }

    public static String label(int year) {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }

    public static String itemNumber(int year, int sequence) {
        return String.format("%02d/%d", year % 100, sequence);
    }
}
