package org.wildcase.check;

import org.wildcase.api.Phrase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.wildcase.permit.DocumentType;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.Appendix;
import org.wildcase.species.CitesSettings;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;
import org.wildcase.species.SpeciesList;
import org.wildcase.species.Taxon;
import org.wildcase.species.TradeCodes;

/**
 * A shipment prepared for the rules: for each specimen line its taxon, the appendix for its population, its origin
 * and source, and whether an exemption lifts the permit requirements; for each document whether it is a home
 * document, its register entry and the dates that count. The rules then only compare.
 */
final class ShipmentContext {

    /** Caviar carried as personal effects is exempt up to this mass per case (Res. Conf. 13.7). */
    static final java.math.BigDecimal CAVIAR_PERSONAL_LIMIT_GRAMS = new java.math.BigDecimal("125");
    static final String CAVIAR = "CAV";

    final Shipment shipment;
    final SpeciesList species;
    final TradeCodes codes;
    final CitesSettings settings;
    final LocalDate shipmentDate;
    final List<Line> lines = new ArrayList<>();
    final List<Doc> documents = new ArrayList<>();

    final class Line {
        final int index;
        final Shipment.Specimen specimen;
        final Optional<Taxon> taxon;
        /** Null when the species is unknown and no domestic measure names it. */
        final Appendix appendix;
        final String origin;
        final Source source;
        final String stricterMeasureNote;
        Doc preConventionCertificate;
        boolean personalEffects;
        private List<String> names;

        Line(int index, Shipment.Specimen specimen) {
            this.index = index;
            this.specimen = specimen;
            this.taxon = species.resolve(specimen.scientificName());
            this.origin = originOf(specimen);
            this.source = specimen.source() != null ? specimen.source() : shipment.source();
            Appendix listed = taxon.map(t -> t.appendixFor(origin)).orElse(null);
            CitesSettings.StricterMeasure measure = stricterMeasure(specimen.scientificName(), taxon);
            if (measure != null && (listed == null || measure.appendix().stricterThan(listed))) {
                this.appendix = measure.appendix();
                this.stricterMeasureNote = measure.note() != null ? measure.note() : "stricter domestic measure";
            } else {
                this.appendix = listed;
                this.stricterMeasureNote = null;
            }
        }

        /** Listed (or made so by a domestic measure): the CITES rules apply to this line. */
        boolean regulated() {
            return appendix != null && appendix != Appendix.NOT_LISTED;
        }

        /** A pre-Convention certificate or the personal-effects exemption replaces the permits of Art. III-V. */
        boolean exemptFromPermits() {
            return preConventionCertificate != null || personalEffects;
        }

        /** The line as a finding names it: its species, or its number when no species is given. */
        Object name() {
            return specimen.scientificName() == null ? Phrase.of("explain.line", index) : specimen.scientificName();
        }

        /** The names this line answers to on a permit (computed once: rules ask for every permit line). */
        List<String> names() {
            if (names == null) {
                names = taxonNames(specimen.scientificName(), taxon);
            }
            return names;
        }
    }

    final class Doc {
        final int index;
        final Shipment.Document document;
        final boolean home;
        final Optional<RegisteredPermit> registered;
        final List<Integer> covers;
        private final java.util.BitSet covered = new java.util.BitSet();

        Doc(int index, Shipment.Document document, Function<String, Optional<RegisteredPermit>> register) {
            this.index = index;
            this.document = document;
            this.home = issuedAtHome(document);
            this.registered = home && document.type() != null && document.type().registrable()
                    && document.number() != null ? register.apply(document.number()) : Optional.empty();
            List<Integer> given = document.coversSpecimens();
            this.covers = given == null || given.isEmpty()
                    ? java.util.stream.IntStream.range(0, shipment.specimens().size()).boxed().toList()
                    : given.stream().distinct().sorted().toList();
            covers.forEach(i -> { if (i != null && i >= 0) { covered.set(i); } });
        }

        boolean covers(int line) {
            return covered.get(line);
        }

        DocumentType type() {
            return registered.map(RegisteredPermit::type).orElse(document.type());
        }

        /** For a registered home document the register's dates count; otherwise only what the request gives. */
        LocalDate issuedOn() {
            return registered.map(RegisteredPermit::issuedOn).orElse(document.issuedOn());
        }

        LocalDate validFrom() {
            return registered.isPresent() ? registered.get().validFrom() : document.validFrom();
        }

        /** The last valid day, never beyond the CITES maximum from issue (a longer one is not honoured). */
        LocalDate validUntil() {
            LocalDate until = registered.map(RegisteredPermit::validUntil).orElse(document.validUntil());
            Optional<LocalDate> max = type() == null ? Optional.empty() : type().latestValidUntil(issuedOn());
            if (max.isPresent() && (until == null || until.isAfter(max.get()))) {
                return registered.isPresent() || until != null ? max.get() : null;
            }
            return until;
        }

        /** The document as a finding names it: its kind in words, and its number. */
        Phrase label() {
            Phrase kind = Phrase.of(type() == null ? "explain.document" : "documentType." + type().name());
            return document.number() == null ? kind : Phrase.of("explain.numbered", kind, document.number());
        }
    }

    ShipmentContext(Shipment shipment, SpeciesList species, TradeCodes codes, CitesSettings settings,
            Function<String, Optional<RegisteredPermit>> register) {
        this.shipment = shipment;
        this.species = species;
        this.codes = codes;
        this.settings = settings;
        this.shipmentDate = shipment.shippedOn() != null ? shipment.shippedOn()
                : shipment.seizedAt().atZoneSameInstant(settings.timeZone()).toLocalDate();
        for (int i = 0; i < shipment.specimens().size(); i++) {
            lines.add(new Line(i, shipment.specimens().get(i)));
        }
        for (int i = 0; i < shipment.documents().size(); i++) {
            documents.add(new Doc(i, shipment.documents().get(i), register));
        }
        markPreConventionLines();
        markPersonalEffects();
    }

    Direction direction() {
        return shipment.direction();
    }

    Purpose purpose() {
        return shipment.purpose();
    }

    String home() {
        return settings.homeCountry();
    }

    List<Doc> documentsCovering(Line line) {
        return documents.stream().filter(d -> d.covers(line.index)).toList();
    }

    Line line(int index) {
        return lines.get(index);
    }

    /** The State whose population counts: the specimen's origin, else the route's, else home for an export. */
    private String originOf(Shipment.Specimen s) {
        if (s.countryOfOrigin() != null && !s.countryOfOrigin().isBlank()) {
            return s.countryOfOrigin().toUpperCase(Locale.ROOT);
        }
        if (shipment.route() != null && shipment.route().origin() != null && !shipment.route().origin().isBlank()) {
            return shipment.route().origin().toUpperCase(Locale.ROOT);
        }
        return shipment.direction() == Direction.EXPORT ? settings.homeCountry() : null;
    }

    /** Which documents this country issues: stated by the document, else inferred from direction and type. */
    private boolean issuedAtHome(Shipment.Document d) {
        if (d.issuingCountry() != null && !d.issuingCountry().isBlank()) {
            return d.issuingCountry().equalsIgnoreCase(settings.homeCountry());
        }
        return switch (shipment.direction()) {
            case EXPORT, REEXPORT -> true;
            case IMPORT -> d.type() == DocumentType.IMPORT_PERMIT;
            case TRANSIT -> false;
        };
    }

    private CitesSettings.StricterMeasure stricterMeasure(String name, Optional<Taxon> taxon) {
        if (name == null || name.isBlank() || settings.stricterMeasures().isEmpty()) {
            return null;
        }
        List<String> names = taxonNames(name, taxon);
        return settings.stricterMeasures().stream()
                .filter(m -> m.taxon() != null && names.contains(normalize(m.taxon())))
                .findFirst().orElse(null);
    }

    /** The names a specimen answers to: its own, its binomial, its list row, its genus and its family. */
    List<String> taxonNames(String name, Optional<Taxon> taxon) {
        String n = normalize(name);
        List<String> names = new ArrayList<>();
        names.add(n);
        String[] words = n.split(" ");
        if (words.length > 2) {
            names.add(words[0] + " " + words[1]);
        }
        names.add(words[0]);
        taxon.ifPresent(t -> names.add(normalize(t.scientificName())));
        species.familyOf(name).ifPresent(names::add);
        return names;
    }

    private void markPreConventionLines() {
        for (Doc d : documents) {
            if (d.document.type() == DocumentType.PRE_CONVENTION_CERTIFICATE) {
                d.covers.stream().filter(i -> i < lines.size()).map(lines::get)
                        .filter(l -> l.preConventionCertificate == null)
                        .forEach(l -> l.preConventionCertificate = d);
            }
        }
    }

    /**
     * Personal effects (purpose P) never cover Appendix I, and other specimens only where a rule grants it. The one
     * rule known here: caviar of at most 125 g in total per case, counted over the caviar lines with a mass unit.
     */
    private void markPersonalEffects() {
        if (shipment.purpose() != Purpose.P) {
            return;
        }
        List<Line> caviarByMass = lines.stream()
                .filter(l -> CAVIAR.equals(l.specimen.term()) && l.specimen.quantity() != null)
                .filter(l -> codes.unit(l.specimen.unit()).map(u -> TradeCodes.MASS.equals(u.dimension()))
                        .orElse(false))
                .toList();
        java.math.BigDecimal grams = caviarByMass.stream()
                .map(l -> codes.measure(l.specimen.quantity(), l.specimen.unit()).orElseThrow().baseQuantity())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        if (grams.compareTo(CAVIAR_PERSONAL_LIMIT_GRAMS) <= 0) {
            caviarByMass.stream().filter(l -> l.appendix != Appendix.I).forEach(l -> l.personalEffects = true);
        }
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static String normalize(String s) {
        return s == null ? "" : WHITESPACE.matcher(s.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
