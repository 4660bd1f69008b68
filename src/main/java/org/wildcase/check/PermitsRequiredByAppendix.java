package org.wildcase.check;

import org.wildcase.api.Phrase;

import static org.wildcase.permit.DocumentType.CERTIFICATE_OF_ORIGIN;
import static org.wildcase.permit.DocumentType.EXPORT_PERMIT;
import static org.wildcase.permit.DocumentType.IMPORT_PERMIT;
import static org.wildcase.permit.DocumentType.REEXPORT_CERTIFICATE;

import java.util.List;
import java.util.Set;

import org.wildcase.permit.DocumentType;
import org.wildcase.species.Appendix;
import org.wildcase.species.Taxon;

/**
 * Art. III-V and Res. Conf. 9.7: which documents a specimen line needs, by direction and appendix.
 * <pre>
 *   appendix | export                          | import                                     | re-export
 *   I        | export permit                   | import permit AND (export permit or re-export certificate) | re-export certificate
 *   II       | export permit                   | export permit or re-export certificate      | re-export certificate
 *   III      | export permit from the listing  | certificate of origin, or export permit     | re-export certificate
 *            | State, else certificate of origin | from the listing State                    |
 *   transit: no home permit, but the exporter's export permit or re-export certificate must travel with it
 * </pre>
 * Home documents must be issued at home, the exporting country's documents abroad.
 */
final class PermitsRequiredByAppendix implements Rule {

    @Override
    public void check(ShipmentContext s, Findings findings) {
        for (ShipmentContext.Line line : s.lines) {
            if (!line.regulated() || line.exemptFromPermits()) {
                continue;
            }
            List<ShipmentContext.Doc> docs = s.documentsCovering(line);
            String listingState = line.taxon.map(Taxon::listingCountry).orElse(s.home());
            switch (s.direction()) {
                case EXPORT -> {
                    if (line.appendix == Appendix.III && !s.home().equalsIgnoreCase(listingState)) {
                        require(findings, line, docs, true, Set.of(CERTIFICATE_OF_ORIGIN),
                                FindingCode.CERTIFICATE_OF_ORIGIN_MISSING,
                                Phrase.of("explain.needs.originNotListing"));
                    } else {
                        require(findings, line, docs, true, Set.of(EXPORT_PERMIT), FindingCode.EXPORT_PERMIT_MISSING,
                                Phrase.of("explain.needs.exportPermit", line.appendix));
                    }
                }
                case IMPORT -> {
                    if (line.appendix == Appendix.I) {
                        require(findings, line, docs, true, Set.of(IMPORT_PERMIT), FindingCode.IMPORT_PERMIT_MISSING,
                                Phrase.of("explain.needs.importPermit"));
                    }
                    if (line.appendix == Appendix.III && !listingState.equalsIgnoreCase(line.origin)) {
                        // A re-export certificate also vouches for a specimen that passed through another State.
                        require(findings, line, docs, false, Set.of(CERTIFICATE_OF_ORIGIN, REEXPORT_CERTIFICATE),
                                FindingCode.CERTIFICATE_OF_ORIGIN_MISSING,
                                Phrase.of("explain.needs.originNotFromListing"));
                    } else if (line.appendix == Appendix.III) {
                        require(findings, line, docs, false, Set.of(EXPORT_PERMIT), FindingCode.EXPORT_PERMIT_MISSING,
                                Phrase.of("explain.needs.listingStateExportPermit"));
                    } else {
                        require(findings, line, docs, false, Set.of(EXPORT_PERMIT, REEXPORT_CERTIFICATE),
                                FindingCode.EXPORT_PERMIT_MISSING,
                                Phrase.of("explain.needs.exportOrReexport", line.appendix));
                    }
                }
                case REEXPORT -> require(findings, line, docs, true, Set.of(REEXPORT_CERTIFICATE),
                        FindingCode.REEXPORT_CERTIFICATE_MISSING,
                        Phrase.of("explain.needs.reexportCertificate", line.appendix));
                case TRANSIT -> {
                    boolean reexported = line.origin != null && s.shipment.route() != null
                            && s.shipment.route().origin() != null
                            && !line.origin.equalsIgnoreCase(s.shipment.route().origin());
                    // A certificate of origin is the exporter's document only for Appendix III.
                    Set<DocumentType> accepted = line.appendix == Appendix.III
                            ? Set.of(EXPORT_PERMIT, REEXPORT_CERTIFICATE, CERTIFICATE_OF_ORIGIN)
                            : Set.of(EXPORT_PERMIT, REEXPORT_CERTIFICATE);
                    boolean present = docs.stream().anyMatch(d -> !d.home && accepted.contains(d.document.type()));
                    if (!present) {
                        findings.add(reexported ? FindingCode.REEXPORT_CERTIFICATE_MISSING
                                : FindingCode.EXPORT_PERMIT_MISSING, Severity.SUSPICION, line.index, null,
                                Phrase.of(reexported ? "explain.transit.reexport" : "explain.transit.export",
                                        line.name()));
                    }
                }
            }
        }
    }

    private static void require(Findings findings, ShipmentContext.Line line, List<ShipmentContext.Doc> docs,
            boolean issuedAtHome, Set<DocumentType> accepted, FindingCode missing, Phrase what) {
        boolean present = docs.stream()
                .anyMatch(d -> d.home == issuedAtHome && accepted.contains(d.document.type()));
        if (!present) {
            findings.add(missing, line.index, null, Phrase.of("explain.needs", line.name(), what));
        }
    }
}
