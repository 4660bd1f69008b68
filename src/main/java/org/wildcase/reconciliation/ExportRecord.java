package org.wildcase.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of an export record file, as Customs reports it: a specimen line of an export declaration and the permit
 * it cites. {@code line} is the row's line number in the file (the header is line 1), so a reviewer can find it.
 * {@code permitNumber} is null when the record cites none; {@code unit} null means a number of specimens.
 * {@code destination} is an ISO 3166 alpha-2 code.
 */
public record ExportRecord(int line, String declarationNumber, LocalDate date, String exporter, String permitNumber,
        String scientificName, String term, BigDecimal quantity, String unit, String destination) {
}
