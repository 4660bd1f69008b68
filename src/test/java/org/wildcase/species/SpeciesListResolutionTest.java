package org.wildcase.species;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Name resolution as data/README.md gives it: case-insensitive, subspecies, then species, then the GENUS row of the
 * first word, then a FAMILY row (through a genus row's family or other species of the genus); population splits;
 * search by scientific or common name, at most 50 hits.
 */
class SpeciesListResolutionTest {

    private static final SpeciesList SPECIES =
            SpeciesCatalogue.parse("test", SpeciesCatalogue.readDefault(), new TradeCodes());

    private static Taxon resolved(String name) {
        Optional<Taxon> taxon = SPECIES.resolve(name);
        assertThat(taxon).as("'%s' resolves", name).isPresent();
        return taxon.get();
    }

    @Nested
    class Resolve {

        @Test
        void subspecies_with_its_own_row_resolves_to_that_row() {
            Taxon t = resolved("Ursus arctos isabellinus");

            assertThat(t.scientificName()).isEqualTo("Ursus arctos isabellinus");
            assertThat(t.rank()).isEqualTo(TaxonRank.SUBSPECIES);
            assertThat(t.appendixFor(null)).isEqualTo(Appendix.I);
            assertThat(t.appendixFor("KZ")).isEqualTo(Appendix.I);
        }

        @Test
        void subspecies_row_beats_the_species_row_of_another_appendix() {
            assertThat(resolved("Panthera leo persica").appendix()).isEqualTo(Appendix.I);
            assertThat(resolved("Panthera leo").appendix()).isEqualTo(Appendix.II);
        }

        @Test
        void subspecies_without_its_own_row_resolves_to_its_species() {
            Taxon t = resolved("Ursus arctos arctos");

            assertThat(t.scientificName()).isEqualTo("Ursus arctos");
            assertThat(t.rank()).isEqualTo(TaxonRank.SPECIES);
        }

        @Test
        void resolution_ignores_case_and_extra_spaces() {
            assertThat(resolved("  PANTHERA   uncia ").scientificName()).isEqualTo("Panthera uncia");
        }

        @Test
        void species_without_a_row_resolves_to_the_genus_row_of_its_first_word() {
            Taxon t = resolved("Moschus berezovskii");

            assertThat(t.scientificName()).isEqualTo("Moschus");
            assertThat(t.rank()).isEqualTo(TaxonRank.GENUS);
            assertThat(t.appendixFor("KZ")).isEqualTo(Appendix.II);
            assertThat(t.appendixFor("IN")).isEqualTo(Appendix.I);
        }

        @Test
        void species_without_a_row_reaches_the_family_through_other_species_of_its_genus() {
            // Acipenser ruthenus has no row and Acipenser no genus row: Acipenser baerii's family is Acipenseridae.
            Taxon t = resolved("Acipenser ruthenus");

            assertThat(t.scientificName()).isEqualTo("Acipenseridae");
            assertThat(t.rank()).isEqualTo(TaxonRank.FAMILY);
            assertThat(t.appendix()).isEqualTo(Appendix.II);
        }

        @Test
        void orchid_without_a_row_reaches_orchidaceae_through_its_genus() {
            Taxon t = resolved("Orchis mascula");

            assertThat(t.scientificName()).isEqualTo("Orchidaceae");
            assertThat(t.rank()).isEqualTo(TaxonRank.FAMILY);
        }

        @Test
        void species_with_its_own_row_is_not_resolved_to_its_family() {
            Taxon t = resolved("Acipenser sturio");

            assertThat(t.scientificName()).isEqualTo("Acipenser sturio");
            assertThat(t.appendix()).isEqualTo(Appendix.I);
        }

        @Test
        void family_name_resolves_to_its_family_row() {
            assertThat(resolved("acipenseridae").rank()).isEqualTo(TaxonRank.FAMILY);
        }

        @Test
        void brown_bear_from_cn_is_appendix_i_through_populations_appendix_i() {
            Taxon bear = resolved("Ursus arctos");

            assertThat(bear.appendix()).isEqualTo(Appendix.II);
            assertThat(bear.appendixFor("CN")).isEqualTo(Appendix.I);
            assertThat(bear.appendixFor("MN")).isEqualTo(Appendix.I);
            assertThat(bear.appendixFor("KZ")).isEqualTo(Appendix.II);
            assertThat(bear.appendixFor(null)).isEqualTo(Appendix.II);
        }

        @Test
        void elephant_from_a_country_in_populations_appendix_ii_is_appendix_ii() {
            Taxon elephant = resolved("Loxodonta africana");

            assertThat(elephant.appendixFor("BW")).isEqualTo(Appendix.II);
            assertThat(elephant.appendixFor("KE")).isEqualTo(Appendix.I);
        }

        @Test
        void unknown_name_resolves_to_nothing() {
            assertThat(SPECIES.resolve("Fooia barensis")).isEmpty();
        }

        @Test
        void missing_or_blank_name_resolves_to_nothing() {
            assertThat(SPECIES.resolve(null)).isEmpty();
            assertThat(SPECIES.resolve("")).isEmpty();
            assertThat(SPECIES.resolve("   ")).isEmpty();
        }

        @Test
        void species_of_a_known_genus_whose_family_has_no_row_is_unknown() {
            // Panthera has no genus row, and Felidae no family row.
            assertThat(SPECIES.resolve("Panthera onca")).isEmpty();
        }

        @Test
        void unlisted_taxa_resolve_as_not_listed() {
            assertThat(resolved("Capra sibirica").appendix()).isEqualTo(Appendix.NOT_LISTED);
            assertThat(resolved("Glycyrrhiza glabra").appendix()).isEqualTo(Appendix.NOT_LISTED);
            assertThat(resolved("Juniperus semiglobosa").appendix()).isEqualTo(Appendix.NOT_LISTED);
        }
    }

    @Nested
    class Search {

        @Test
        void search_by_russian_common_name_ignores_case() {
            assertThat(SPECIES.search("СНЕЖНЫЙ БАРС")).extracting(Taxon::scientificName)
                    .containsExactly("Panthera uncia");
        }

        @Test
        void search_by_kyrgyz_common_name() {
            assertThat(SPECIES.search("илбирс")).extracting(Taxon::scientificName)
                    .containsExactly("Panthera uncia");
        }

        @Test
        void search_by_kyrgyz_common_name_with_kyrgyz_letters_ignores_case() {
            assertThat(SPECIES.search("КҮРӨҢ АЮУ")).extracting(Taxon::scientificName)
                    .containsExactly("Ursus arctos");
        }

        @Test
        void search_puts_the_exact_match_first_then_prefix_then_substring_matches() {
            assertThat(SPECIES.search("архар")).extracting(Taxon::scientificName).containsExactly(
                    "Ovis ammon",
                    "Ovis ammon polii",
                    "Ovis ammon hodgsonii",
                    "Ovis ammon nigrimontana");
        }

        @Test
        void search_by_scientific_name_lists_prefix_matches_before_substring_matches() {
            assertThat(SPECIES.search("falco")).extracting(Taxon::scientificName)
                    .containsExactly("Falco cherrug", "Falco peregrinus", "Falco rusticolus", "Capra falconeri");
        }

        @Test
        void search_returns_at_most_50_results() {
            assertThat(SPECIES.taxa()).hasSizeGreaterThan(SpeciesList.SEARCH_LIMIT);

            assertThat(SPECIES.search("")).hasSize(50);
            assertThat(SPECIES.search("a")).hasSize(50);
        }

        @Test
        void search_for_an_unknown_name_finds_nothing() {
            assertThat(SPECIES.search("unicorn")).isEmpty();
        }
    }
}
