package org.wildcase.seizure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wildcase.audit.CaseHistory;
import org.wildcase.check.Finding;
import org.wildcase.check.FindingCode;
import org.wildcase.check.Severity;
import org.wildcase.check.Shipment;

/** Between the registration, the stored case, the check input and the case file. */
final class CaseMapping {

    private CaseMapping() {
    }

    static SeizureCase newCase(Registration r, String caseNumber, String unit, String by, OffsetDateTime at) {
        SeizureCase c = new SeizureCase();
        c.caseNumber = caseNumber;
        c.unit = unit;
        c.seizedAt = r.seizedAt();
        c.shippedOn = r.shippedOn();
        c.location = r.location().trim();
        c.direction = r.direction();
        c.transportMode = r.transportMode();
        c.conveyance = r.conveyance();
        c.transportDocument = r.transportDocument();
        c.declaredGoods = r.declaredGoods();
        c.hsCode = r.hsCode();
        c.detectionMethod = r.detectionMethod();
        c.reasonForSeizure = r.reasonForSeizure();
        c.concealment = r.concealment();
        if (r.route() != null) {
            c.routeOrigin = r.route().origin();
            c.routeTransit = r.route().transit() == null ? null : String.join(",", r.route().transit());
            c.routeDestination = r.route().destination();
        }
        c.purpose = r.purpose();
        c.source = r.source();
        if (r.estimatedValue() != null) {
            c.valueAmount = r.estimatedValue().amount();
            c.valueCurrency = r.estimatedValue().currency();
        }
        c.shareWithIccwc = r.shareWithIccwc() == null || r.shareWithIccwc();
        c.riskIndicators = r.riskIndicators() == null ? null
                : r.riskIndicators().stream().map(Enum::name).collect(Collectors.joining(","));
        c.notes = r.notes();
        c.registeredBy = by;
        c.registeredAt = at;
        List<Registration.Specimen> specimens = r.specimens();
        for (int i = 0; i < specimens.size(); i++) {
            Registration.Specimen s = specimens.get(i);
            SeizureCase.SpecimenLine line = new SeizureCase.SpecimenLine();
            line.seizureCase = c;
            line.index = i;
            line.description = s.description().trim();
            line.scientificName = s.scientificName() == null || s.scientificName().isBlank() ? null
                    : s.scientificName().trim();
            line.term = s.term();
            line.quantity = s.quantity();
            line.unit = s.unit() == null || s.unit().isBlank() ? null : s.unit().trim();
            // Term LIV means live, also when "live" was left out (domain.md, Corrections).
            line.live = Boolean.TRUE.equals(s.live()) || Shipment.LIVE.equals(s.term());
            // A specimen's source and origin fall back to the case's source and the route's origin (api.md).
            line.source = s.source() != null ? s.source() : r.source();
            line.countryOfOrigin = s.countryOfOrigin() != null ? s.countryOfOrigin() : c.routeOrigin;
            if (s.estimatedValue() != null) {
                line.valueAmount = s.estimatedValue().amount();
                line.valueCurrency = s.estimatedValue().currency();
            }
            c.specimens.add(line);
        }
        List<Registration.Document> documents = r.documents() == null ? List.of() : r.documents();
        for (int i = 0; i < documents.size(); i++) {
            Registration.Document d = documents.get(i);
            SeizureCase.PresentedDocument doc = new SeizureCase.PresentedDocument();
            doc.seizureCase = c;
            doc.index = i;
            doc.type = d.type();
            doc.number = d.number() == null ? null : d.number().trim();
            doc.issuingCountry = d.issuingCountry();
            doc.original = d.original();
            doc.securityStamp = d.securityStamp();
            doc.issuedOn = d.issuedOn();
            doc.validFrom = d.validFrom();
            doc.validUntil = d.validUntil();
            doc.purpose = d.purpose();
            doc.exporter = d.exporter();
            doc.importer = d.importer();
            doc.originalPermitNumber = d.originalPermitNumber();
            doc.endorsed = d.endorsed();
            doc.coversSpecimens = d.coversSpecimens() == null || d.coversSpecimens().isEmpty() ? null
                    : d.coversSpecimens().stream().map(String::valueOf).collect(Collectors.joining(","));
            c.documents.add(doc);
        }
        List<Registration.Party> parties = r.parties() == null ? List.of() : r.parties();
        for (int i = 0; i < parties.size(); i++) {
            Registration.Party p = parties.get(i);
            SeizureCase.Party party = new SeizureCase.Party();
            party.seizureCase = c;
            party.index = i;
            party.role = p.role();
            party.name = p.name();
            party.nationality = p.nationality();
            party.identityDocumentType = p.identityDocumentType();
            party.identityDocument = p.identityDocument();
            party.dateOfBirth = p.dateOfBirth();
            c.parties.add(party);
        }
        c.searchText = searchText(c);
        return c;
    }

    /** Number, place, conveyance, goods, parties' names and documents: what an officer searches a case by. */
    static String searchText(SeizureCase c) {
        java.util.stream.Stream<String> parts = java.util.stream.Stream.concat(
                java.util.stream.Stream.of(c.caseNumber, c.location, c.conveyance, c.declaredGoods),
                c.parties.stream().flatMap(p -> java.util.stream.Stream.of(p.name, p.identityDocument)));
        String text = parts.filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "))
                .toLowerCase(java.util.Locale.ROOT);
        return text.length() <= 20000 ? text : text.substring(0, 20000);
    }

    static Shipment shipment(SeizureCase c) {
        return new Shipment(c.direction, c.seizedAt, c.shippedOn,
                new Shipment.Route(c.routeOrigin, SeizureCases.split(c.routeTransit), c.routeDestination),
                c.purpose, c.source,
                c.specimens.stream().map(s -> new Shipment.Specimen(s.description, s.scientificName, s.term,
                        s.quantity, s.unit, s.live, s.source, s.countryOfOrigin)).toList(),
                c.documents.stream().map(d -> new Shipment.Document(d.type, d.number, d.issuingCountry, d.original,
                        d.securityStamp, d.issuedOn, d.validFrom, d.validUntil, d.purpose, covers(d))).toList());
    }

    static List<Integer> covers(SeizureCase.PresentedDocument d) {
        return SeizureCases.split(d.coversSpecimens).stream().map(Integer::valueOf).toList();
    }

    static CaseView view(SeizureCase c, Function<SeizureCase.SpecimenLine, String> appendix, List<String> alerts,
            List<CaseView.OpenTask> openTasks, List<CaseHistory.Entry> history) {
        return new CaseView(c.caseNumber, c.unit, c.status, c.stage, c.overdue, alerts, c.seizedAt, c.shippedOn,
                c.location, c.direction, c.transportMode, c.conveyance, c.transportDocument, c.declaredGoods, c.hsCode,
                c.detectionMethod, c.reasonForSeizure, c.concealment,
                new Registration.Route(c.routeOrigin, SeizureCases.split(c.routeTransit), c.routeDestination),
                c.purpose, c.source, money(c.valueAmount, c.valueCurrency), c.shareWithIccwc,
                c.parties.stream().map(p -> new CaseView.PartyView(p.index, p.role, p.name, p.nationality,
                        p.identityDocumentType, p.identityDocument, p.dateOfBirth)).toList(),
                c.specimens.stream().map(s -> line(s, appendix.apply(s))).toList(),
                c.documents.stream().map(d -> new CaseView.DocumentView(d.index, d.type, d.number, d.issuingCountry,
                        d.original, d.securityStamp, d.issuedOn, d.validFrom, d.validUntil, d.purpose, d.exporter,
                        d.importer, d.originalPermitNumber, d.endorsed, covers(d))).toList(),
                SeizureCases.split(c.riskIndicators), c.notes, c.registeredBy, c.registeredAt, c.withdrawalReason,
                c.findings.stream().map(f -> new Finding(FindingCode.valueOf(f.code), Severity.valueOf(f.severity),
                        f.specimenIndex, f.documentIndex, f.message,
                        org.wildcase.api.Phrase.fromStored(f.explanation))).toList(),
                c.speciesListVersion, openTasks, history);
    }

    /** A registered line as every module reads it, with the appendix its species has for its origin. */
    static CaseView.SpecimenView line(SeizureCase.SpecimenLine s, String appendix) {
        return new CaseView.SpecimenView(s.index, s.description, s.scientificName, s.term,
                s.quantity.stripTrailingZeros(), s.unit, s.live, s.source, s.countryOfOrigin,
                money(s.valueAmount, s.valueCurrency), appendix);
    }

    static Registration.Money money(java.math.BigDecimal amount, String currency) {
        return amount == null && currency == null ? null : new Registration.Money(amount, currency);
    }
}
