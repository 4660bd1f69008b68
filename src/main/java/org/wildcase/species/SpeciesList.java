package org.wildcase.species;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of the species list, held in memory: it is small (thousands of rows at most) and read on every
 * permit check, so lookups must not touch the database.
 */
public final class SpeciesList {

    public static final int SEARCH_LIMIT = 50;

    private final String version;
    private final List<Taxon> taxa;
    private final Map<TaxonRank, Map<String, Taxon>> byRankAndName = new EnumMap<>(TaxonRank.class);
    private final Map<String, String> familyOfGenus = new HashMap<>();

    public SpeciesList(String version, List<Taxon> taxa) {
        this.version = version;
        this.taxa = List.copyOf(taxa);
        for (TaxonRank rank : TaxonRank.values()) {
            byRankAndName.put(rank, new HashMap<>());
        }
        for (Taxon t : this.taxa) {
            byRankAndName.get(t.rank()).put(normalize(t.scientificName()), t);
        }
        // A genus reaches its family through its own GENUS row, else through any species of that genus.
        for (Taxon t : this.taxa) {
            if (t.family() != null && (t.rank() == TaxonRank.SPECIES || t.rank() == TaxonRank.SUBSPECIES)) {
                familyOfGenus.putIfAbsent(firstWord(normalize(t.scientificName())), normalize(t.family()));
            }
        }
        for (Taxon t : this.taxa) {
            if (t.rank() == TaxonRank.GENUS && t.family() != null) {
                familyOfGenus.put(normalize(t.scientificName()), normalize(t.family()));
            }
        }
    }

    public String version() {
        return version;
    }

    public List<Taxon> taxa() {
        return taxa;
    }

    /**
     * Resolves a name as the list's README says: subspecies, then species, then the genus row of the first word,
     * then a family row (reached through the genus row's family, or the family of other species of that genus).
     */
    public Optional<Taxon> resolve(String scientificName) {
        String name = normalize(scientificName);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String[] words = name.split(" ");
        Taxon subspecies = byRankAndName.get(TaxonRank.SUBSPECIES).get(name);
        if (subspecies != null) {
            return Optional.of(subspecies);
        }
        Map<String, Taxon> species = byRankAndName.get(TaxonRank.SPECIES);
        Taxon found = species.get(name);
        if (found == null && words.length >= 2) {
            found = species.get(words[0] + " " + words[1]);
        }
        if (found != null) {
            return Optional.of(found);
        }
        Taxon genus = byRankAndName.get(TaxonRank.GENUS).get(words[0]);
        if (genus != null) {
            return Optional.of(genus);
        }
        Map<String, Taxon> families = byRankAndName.get(TaxonRank.FAMILY);
        Taxon family = families.get(name);
        if (family == null && familyOfGenus.containsKey(words[0])) {
            family = families.get(familyOfGenus.get(words[0]));
        }
        return Optional.ofNullable(family);
    }

    /** The family name a resolved specimen belongs to, if the list knows it. */
    public Optional<String> familyOf(String scientificName) {
        String name = normalize(scientificName);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(familyOfGenus.get(firstWord(name)));
    }

    /** Case-insensitive match on the scientific name or a common name in any language; best matches first. */
    public List<Taxon> search(String query) {
        String q = normalize(query);
        Stream<Taxon> matches = taxa.stream();
        if (!q.isEmpty()) {
            matches = matches.filter(t -> rank(t, q) < Integer.MAX_VALUE);
        }
        return matches
                .sorted(Comparator.<Taxon>comparingInt(t -> q.isEmpty() ? 0 : rank(t, q))
                        .thenComparing(Taxon::scientificName))
                .limit(SEARCH_LIMIT)
                .toList();
    }

    private static int rank(Taxon t, String q) {
        int best = Integer.MAX_VALUE;
        for (String name : new String[] {t.scientificName(), t.commonEn(), t.commonRu(), t.commonKy()}) {
            String n = normalize(name);
            if (n.isEmpty()) {
                continue;
            }
            if (n.equals(q)) {
                best = Math.min(best, 0);
            } else if (n.startsWith(q)) {
                best = Math.min(best, 1);
            } else if (n.contains(q)) {
                best = Math.min(best, 2);
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        return WHITESPACE.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String normalized) {
        int space = normalized.indexOf(' ');
        return space < 0 ? normalized : normalized.substring(0, space);
    }
}
