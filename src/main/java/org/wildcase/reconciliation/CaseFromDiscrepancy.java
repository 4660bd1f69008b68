package org.wildcase.reconciliation;

import java.time.OffsetDateTime;
import java.util.List;

import org.wildcase.check.Direction;
import org.wildcase.permit.DocumentType;
import org.wildcase.reconciliation.Reconciliations.DiscrepancyView;
import org.wildcase.seizure.Registration;
import org.wildcase.species.CitesSettings;

/**
 * The seizure registration a discrepancy leads to: the export record's data, seen on the declaration's day, with
 * the cited permit as a document so that the pre-check compares it with the register.
 */
final class CaseFromDiscrepancy {

    private CaseFromDiscrepancy() {
    }

    static Registration registration(String runNumber, DiscrepancyView d, CitesSettings settings,
            Registration.TransportMode transportMode) {
        ExportRecord r = d.record();
        String home = settings.homeCountry();
        OffsetDateTime seizedAt = r.date().atStartOfDay(settings.timeZone()).toOffsetDateTime();
        String goods = goods(r);
        List<Registration.Party> parties = blank(r.exporter()) ? List.of()
                : List.of(new Registration.Party(Registration.PartyRole.CONSIGNOR, cut(r.exporter(), 300), null,
                        null, null, null));
        // An export record says nothing of life but its term: "live" is left out, so term LIV counts as live.
        String description = blank(r.scientificName()) ? "Export record line " + r.line() : goods;
        List<Registration.Specimen> specimens = List.of(new Registration.Specimen(cut(description, 1000),
                blank(r.scientificName()) ? null : r.scientificName(), r.term(), r.quantity(), r.unit(), null,
                null, null, null));
        List<Registration.Document> documents = blank(r.permitNumber()) ? List.of()
                : List.of(new Registration.Document(DocumentType.EXPORT_PERMIT, cut(r.permitNumber(), 100), home,
                        null, null, null, null, null, null, blank(r.exporter()) ? null : cut(r.exporter(), 300),
                        null, null, null, List.of(0)));
        String notes = "From reconciliation " + runNumber + ", export record line " + r.line() + ": declaration "
                + r.declarationNumber() + " of " + r.date() + ", exporter " + orNone(r.exporter()) + ", permit "
                + orNone(r.permitNumber()) + ", " + goods + ", destination " + orNone(r.destination()) + ".\n"
                + "Discrepancy " + d.code() + ": " + d.message();
        return new Registration(seizedAt, r.date(),
                cut("Export declaration " + r.declarationNumber() + " (reconciliation " + runNumber + ")", 500),
                Direction.EXPORT, transportMode, null, null, cut(goods, 1000), null,
                Registration.DetectionMethod.DOCUMENT_CHECK, cut(d.message(), 2000), null,
                new Registration.Route(home, List.of(), blank(r.destination()) ? null : r.destination()), null, null,
                null, null, parties, specimens, documents, null,
                cut(notes, 10000));
    }

    /** "Saiga tatarica HOR, 2 KIL" */
    private static String goods(ExportRecord r) {
        StringBuilder s = new StringBuilder(blank(r.scientificName()) ? "unnamed species" : r.scientificName());
        if (!blank(r.term())) {
            s.append(' ').append(r.term());
        }
        if (r.quantity() != null) {
            s.append(", ").append(r.quantity().stripTrailingZeros().toPlainString());
            s.append(' ').append(blank(r.unit()) ? "specimen(s)" : r.unit());
        }
        return s.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orNone(String s) {
        return blank(s) ? "none" : s;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
