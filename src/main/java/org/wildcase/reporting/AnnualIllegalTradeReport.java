package org.wildcase.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.wildcase.api.InvalidInputException;
import org.wildcase.custody.DisposalRecords;
import org.wildcase.expertise.ExpertiseRecords;
import org.wildcase.legal.LegalRecords;
import org.wildcase.organisation.OrganisationNames;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;
import org.wildcase.seizure.CaseStatus;
import org.wildcase.seizure.CaseView;
import org.wildcase.seizure.Registration;
import org.wildcase.seizure.SeizureRecords;
import org.wildcase.species.CitesSettings;

/**
 * The CITES Annual Illegal Trade Report (Res. Conf. 11.17) of a calendar year as an XLSX workbook: one row per
 * specimen line of each seizure of the year, in English, for managers.
 * <p>
 * Which seizures: every case whose {@code seizedAt}, in the home time zone, lies in the year, except those that
 * ended WITHDRAWN (registered in error: no seizure happened) and RELEASED (the expert found no violation, so it is
 * not illegal trade). Open cases are reported with what is known so far (sanctions "pending"), as a CITES officer
 * reports the year's seizures by the deadline whether or not the courts have finished.
 * <p>
 * Cases are read in pages of {@link #BATCH} through each module's bulk read (a handful of set-based queries per
 * page, none per case or line) and rows are streamed to disk by POI's SXSSF, so a year of 100 000 cases needs
 * neither entities nor the whole workbook in memory.
 */
@Service
public class AnnualIllegalTradeReport {

    /** The earliest year a report may be asked for: CITES entered into force in 1975. */
    public static final int FIRST_YEAR = 1975;
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The case number (a reference back to the case file), then the report's columns in domain.md's order. */
    public static final List<String> COLUMNS = List.of("Case number", "Date of seizure", "Species (scientific name)",
            "Description of specimen", "Term", "Quantity", "Unit", "Detecting agency", "Location of incident",
            "Method of detection", "Reason for seizure", "Mode of transport", "Method of concealment",
            "Alleged country of origin", "Countries of transit", "Alleged final destination",
            "Nationality of offenders", "Estimated value amount", "Estimated value currency",
            "Law under which charges were brought", "Sanctions", "Disposal of confiscated specimens",
            "Additional information", "Data may be shared with ICCWC partners");

    static final Set<CaseStatus> NOT_REPORTED = EnumSet.of(CaseStatus.WITHDRAWN, CaseStatus.RELEASED);
    static final int BATCH = 1000;
    static final String PENDING = "pending";
    private static final int OPINION_LENGTH = 300;

    private final SeizureRecords seizures;
    private final LegalRecords legal;
    private final DisposalRecords disposals;
    private final ExpertiseRecords expertise;
    private final OrganisationNames names;
    private final ZoneId zone;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    AnnualIllegalTradeReport(SeizureRecords seizures, LegalRecords legal, DisposalRecords disposals,
            ExpertiseRecords expertise, OrganisationNames names, CitesSettings settings, Clock clock,
            org.springframework.context.MessageSource messages) {
        this.seizures = seizures;
        this.messages = messages;
        this.legal = legal;
        this.disposals = disposals;
        this.expertise = expertise;
        this.names = names;
        this.zone = settings.timeZone();
        this.clock = clock;
    }

    /** Only managers read the report: 403 for anyone else, before the input is looked at. */
    public void requireAllowed(WildcaseUser user) {
        if (user == null || !user.has(Roles.MANAGER)) {
            throw new AccessDeniedException("Only managers export the Annual Illegal Trade Report.");
        }
    }

    /** The year a request names: four digits, from 1975 to this year (home time zone); 400 on field "year" else. */
    public int year(String raw) {
        String text = raw == null ? "" : raw.trim();
        int thisYear = LocalDate.now(clock.withZone(zone)).getYear();
        if (!text.matches("\\d{4}")) {
            throw InvalidInputException.of("year", "must be a year of four digits, e.g. " + thisYear);
        }
        int year = Integer.parseInt(text);
        if (year < FIRST_YEAR || year > thisYear) {
            throw InvalidInputException.of("year", "must lie between " + FIRST_YEAR + " and " + thisYear);
        }
        return year;
    }

    /** The years a manager may choose, newest first: from the earliest seizure on record to this year. */
    public List<Integer> years() {
        int thisYear = LocalDate.now(clock.withZone(zone)).getYear();
        int first = seizures.earliestSeizure().map(at -> at.atZoneSameInstant(zone).getYear())
                .map(y -> Math.max(FIRST_YEAR, Math.min(y, thisYear))).orElse(thisYear);
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y >= first; y--) {
            years.add(y);
        }
        return years;
    }

    public static String fileName(int year) {
        return "aitr-" + year + ".xlsx";
    }

    /** Writes the year's report to {@code out}; returns the number of rows (specimen lines) written. */
    public int write(int year, WildcaseUser user, OutputStream out) throws IOException {
        requireAllowed(user);
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime();
        ReportLabels words = ReportLabels.english(messages);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = workbook.createSheet("AITR " + year);
            Styles styles = new Styles(workbook);
            header(sheet, styles);
            int[] next = {1};
            seizures.forEachBatch(from, to, NOT_REPORTED, BATCH, batch -> {
                List<Long> ids = batch.stream().map(SeizureRecords.Seizure::id).toList();
                Map<Long, LegalRecords.Sanctions> sanctions = legal.sanctionsFor(ids);
                Map<Long, DisposalRecords.CaseDisposal> disposed = disposals.disposalsFor(ids);
                Map<Long, ExpertiseRecords.Conclusion> concluded = expertise.conclusionsFor(ids);
                for (SeizureRecords.Seizure s : batch) {
                    for (CaseView.SpecimenView line : s.specimens()) {
                        row(sheet.createRow(next[0]++), styles, words, s, line, sanctions.get(s.id()),
                                disposed.get(s.id()), concluded.get(s.id()));
                    }
                }
            });
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, next[0] - 1), 0,
                    COLUMNS.size() - 1));
            workbook.write(out);
            return next[0] - 1;
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void header(Sheet sheet, Styles styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(COLUMNS.get(i));
            cell.setCellStyle(styles.header);
            // Widths set, not computed: autosizing a streamed sheet would have to track every row.
            sheet.setColumnWidth(i, (i == 0 || i == 1 || i == 4 || i == 5 || i == 6 ? 16 : 28) * 256);
        }
    }

    private void row(Row row, Styles styles, ReportLabels words, SeizureRecords.Seizure s, CaseView.SpecimenView line,
            LegalRecords.Sanctions sanctions, DisposalRecords.CaseDisposal disposal,
            ExpertiseRecords.Conclusion expert) {
        int c = 0;
        text(row, c++, s.caseNumber());
        Cell date = row.createCell(c++);
        date.setCellValue(s.seizedAt().atZoneSameInstant(zone).toLocalDate());
        date.setCellStyle(styles.date);
        String identified = expert == null ? null : expert.identified().get(line.index());
        text(row, c++, identified != null ? identified : line.scientificName());
        text(row, c++, line.description());
        text(row, c++, line.term());
        Cell quantity = row.createCell(c++);
        quantity.setCellValue(line.quantity().doubleValue());
        text(row, c++, line.unit());
        text(row, c++, detectingAgency(s.unit()));
        text(row, c++, s.location());
        text(row, c++, s.detectionMethod() == null ? null
                : words.text("detection." + s.detectionMethod(), s.detectionMethod().name()));
        text(row, c++, s.reasonForSeizure());
        text(row, c++, s.transportMode() == null ? null
                : words.text("transport." + s.transportMode(), s.transportMode().name()));
        text(row, c++, s.concealment());
        text(row, c++, line.countryOfOrigin() != null ? line.countryOfOrigin() : s.routeOrigin());
        text(row, c++, String.join(", ", s.transit()));
        text(row, c++, s.routeDestination());
        text(row, c++, nationalities(s.parties()));
        boolean lineValue = line.estimatedValue() != null && line.estimatedValue().amount() != null;
        BigDecimal amount = lineValue ? line.estimatedValue().amount() : s.valueAmount();
        Cell value = row.createCell(c++);
        if (amount != null) {
            value.setCellValue(amount.doubleValue());
        }
        text(row, c++, lineValue ? line.estimatedValue().currency() : amount == null ? null : s.valueCurrency());
        text(row, c++, sanctions == null ? null : sanctions.legalBasis());
        text(row, c++, sanctions(s, sanctions));
        text(row, c++, disposal(s, line, disposal, words));
        text(row, c++, additional(s, line, expert, words));
        text(row, c, s.shareWithIccwc() ? "Yes" : "No");
    }

    /** The agency and its unit in English, e.g. "State Customs Service — Port Control Unit Bishkek". */
    private String detectingAgency(String unit) {
        return names.name(OrganisationNames.CUSTOMS, Locale.ENGLISH) + " — " + names.name(unit, Locale.ENGLISH);
    }

    /** The suspects' nationalities; with no suspect named, those of everyone involved. */
    static String nationalities(List<SeizureRecords.Party> parties) {
        List<SeizureRecords.Party> suspects = parties.stream()
                .filter(p -> p.role() == Registration.PartyRole.SUSPECT).toList();
        return (suspects.isEmpty() ? parties : suspects).stream().map(SeizureRecords.Party::nationality)
                .filter(n -> n != null && !n.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new)).stream()
                .collect(Collectors.joining(", "));
    }

    /** Administrative: the fine and whether it was paid; criminal: the referral and its outcome once known. */
    static String sanctions(SeizureRecords.Seizure s, LegalRecords.Sanctions p) {
        if (p == null) {
            return s.status() == CaseStatus.OPEN ? PENDING : null;
        }
        if ("CRIMINAL".equals(p.qualification())) {
            if (p.agency() == null) {
                return "Criminal: referral " + PENDING;
            }
            String text = "Criminal: referred to " + p.agency()
                    + (p.referredOn() == null ? "" : " on " + p.referredOn())
                    + (p.agencyReference() == null ? "" : " (ref. " + p.agencyReference() + ")");
            return text + "; outcome: " + (p.outcome() == null ? PENDING
                    : p.outcome().toLowerCase(Locale.ROOT)
                            + (p.outcomeDecidedAt() == null ? "" : " on " + p.outcomeDecidedAt()));
        }
        if (p.fineAmount() == null) {
            return "Administrative: penalty " + PENDING;
        }
        String text = "Administrative: fine " + plain(p.fineAmount()) + " " + Objects.toString(p.fineCurrency(), "")
                + (p.protocolNumber() == null ? "" : " (protocol " + p.protocolNumber() + ")");
        text += p.paidOn() != null ? ", paid on " + p.paidOn() : ", not paid";
        if (Boolean.TRUE.equals(p.confiscation())) {
            text += "; specimens confiscated";
        }
        return text;
    }

    /** The decisions for this line, e.g. "Destruction 2; Rescue centre 1 (Bishkek Zoo)", carried out or not. */
    static String disposal(SeizureRecords.Seizure s, CaseView.SpecimenView line, DisposalRecords.CaseDisposal d,
            ReportLabels words) {
        List<DisposalRecords.Decided> decided = d == null ? List.of() : d.forLine(line.index());
        if (decided.isEmpty()) {
            return s.status() == CaseStatus.OPEN ? PENDING : null;
        }
        String text = decided.stream().map(x -> words.text("method." + x.method(), x.method()) + " "
                + plain(x.quantity()) + (line.unit() == null || line.unit().isBlank() ? "" : " " + line.unit())
                + (x.destination() == null || x.destination().isBlank() ? "" : " (" + x.destination() + ")"))
                .collect(Collectors.joining("; "));
        return text + (d.completedOn() != null ? "; carried out on " + d.completedOn() : "; not yet carried out");
    }

    /** A short summary: live specimens, the expert's conclusion and opinion, and whether the case is still open. */
    static String additional(SeizureRecords.Seizure s, CaseView.SpecimenView line, ExpertiseRecords.Conclusion expert,
            ReportLabels words) {
        List<String> parts = new ArrayList<>();
        if (line.live()) {
            parts.add("Live specimens");
        }
        if (expert != null) {
            String opinion = expert.opinion() == null || expert.opinion().isBlank() ? ""
                    : ": " + shorten(expert.opinion().strip());
            parts.add("Expert conclusion " + words.text("conclusion." + expert.conclusion(), expert.conclusion())
                    .toLowerCase(Locale.ROOT) + opinion);
        }
        if (s.status() == CaseStatus.OPEN) {
            parts.add("Case open (" + words.text("stage." + s.stage(), s.stage().name()).toLowerCase(Locale.ROOT)
                    + ")");
        }
        return String.join(". ", parts);
    }

    private static String shorten(String text) {
        return text.length() <= OPINION_LENGTH ? text : text.substring(0, OPINION_LENGTH - 1) + "…";
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isBlank()) {
            cell.setCellValue(value);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
