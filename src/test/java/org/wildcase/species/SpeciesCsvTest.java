package org.wildcase.species;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wildcase.species.SpeciesImportException.LineError;

/**
 * The species-list import format of data/README.md, all or nothing. Errors name their line: line 1 is the header,
 * the first data row is line 2.
 */
class SpeciesCsvTest {

    private static final String HEADER = "scientific_name,rank,family,appendix,listing_country,"
            + "populations_appendix_i,populations_appendix_ii,zero_export_quota,zero_quota_exempt_populations,"
            + "annotation,common_en,common_ru,common_ky";

    private static final String SNOW_LEOPARD = "Panthera uncia,SPECIES,Felidae,I,,,,,,,Snow leopard,Снежный барс,Илбирс";
    private static final String SAKER = row("Falco cherrug", "SPECIES", "Falconidae", "II", "", "", "", "", "");

    private final SpeciesCsv csv = new SpeciesCsv(new TradeCodes());

    /** A data row with the first nine columns given and annotation and common names blank. */
    private static String row(String name, String rank, String family, String appendix, String listingCountry,
            String populationsI, String populationsII, String zeroQuota, String quotaExempt) {
        return String.join(",", name, rank, family, appendix, listingCountry, populationsI, populationsII, zeroQuota,
                quotaExempt) + ",,,,";
    }

    private static byte[] file(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private List<LineError> errorsOf(byte[] content) {
        return assertThrows(SpeciesImportException.class, () -> csv.parse(content)).errors();
    }

    @Test
    void shipped_species_list_parses_with_a_line_number_per_row() {
        List<SpeciesCsv.Row> rows = csv.parse(SpeciesCatalogue.readDefault());

        assertThat(rows).hasSize(61);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).taxon().scientificName()).isEqualTo("Panthera uncia");
        assertThat(rows.get(rows.size() - 1).line()).isEqualTo(62);
        assertThat(rows.get(rows.size() - 1).taxon().scientificName()).isEqualTo("Moschus");
    }

    @Test
    void shipped_species_list_keeps_population_splits_and_zero_quotas() {
        Taxon saiga = csv.parse(SpeciesCatalogue.readDefault()).stream().map(SpeciesCsv.Row::taxon)
                .filter(t -> t.scientificName().equals("Saiga tatarica")).findFirst().orElseThrow();

        assertThat(saiga.zeroExportQuotaTerms()).containsExactly("*");
        assertThat(saiga.zeroQuotaExemptPopulations()).containsExactly("KZ");
        assertThat(saiga.zeroQuotaCovers("HOR", "KG")).isTrue();
        assertThat(saiga.zeroQuotaCovers("HOR", "KZ")).isFalse();
    }

    @Test
    void bad_appendix_on_line_3_is_reported_as_line_3() {
        List<LineError> errors = errorsOf(file(HEADER,
                SNOW_LEOPARD,
                row("Falco cherrug", "SPECIES", "Falconidae", "IV", "", "", "", "", "")));

        assertThat(errors).extracting(LineError::line, LineError::column).containsExactly(tuple(3, "appendix"));
    }

    @Test
    void every_bad_row_is_reported_with_its_own_line() {
        List<LineError> errors = errorsOf(file(HEADER,
                row("Falco cherrug", "SPECIES", "Falconidae", "IV", "", "", "", "", ""),
                SNOW_LEOPARD,
                row("Bubo bubo", "SPECIES", "Strigidae", "II", "", "", "", "FOO", "")));

        assertThat(errors).extracting(LineError::line, LineError::column)
                .containsExactly(tuple(2, "appendix"), tuple(4, "zero_export_quota"));
    }

    @Test
    void missing_column_is_reported_on_the_header_line() {
        String headerWithoutFamily = HEADER.replace("family,", "");
        List<LineError> errors = errorsOf(file(headerWithoutFamily,
                "Panthera uncia,SPECIES,I,,,,,,,Snow leopard,Снежный барс,Илбирс"));

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(1);
        assertThat(errors.get(0).message()).contains("family");
    }

    @Test
    void duplicate_scientific_name_is_reported_on_its_second_occurrence() {
        List<LineError> errors = errorsOf(file(HEADER,
                SNOW_LEOPARD,
                SAKER,
                row("panthera  UNCIA", "SPECIES", "Felidae", "I", "", "", "", "", "")));

        assertThat(errors).extracting(LineError::line, LineError::column)
                .containsExactly(tuple(4, "scientific_name"));
    }

    @Test
    void appendix_iii_without_listing_country_is_rejected() {
        List<LineError> errors = errorsOf(file(HEADER,
                SNOW_LEOPARD,
                row("Mustela altaica", "SPECIES", "Mustelidae", "III", "", "", "", "", "")));

        assertThat(errors).extracting(LineError::line, LineError::column)
                .containsExactly(tuple(3, "listing_country"));
    }

    @Test
    void appendix_iii_with_listing_country_is_accepted() {
        List<SpeciesCsv.Row> rows = csv.parse(file(HEADER,
                row("Mustela altaica", "SPECIES", "Mustelidae", "III", "IN", "", "", "", "")));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.taxon().listingCountry()).isEqualTo("IN");
        });
    }

    @Test
    void bad_country_code_in_a_population_split_is_rejected() {
        List<LineError> errors = errorsOf(file(HEADER,
                row("Ursus arctos", "SPECIES", "Ursidae", "II", "", "CN XX", "", "", "")));

        assertThat(errors).extracting(LineError::line, LineError::column)
                .containsExactly(tuple(2, "populations_appendix_i"));
        assertThat(errors.get(0).message()).contains("XX");
    }

    @Test
    void bad_listing_country_is_rejected() {
        List<LineError> errors = errorsOf(file(HEADER,
                SNOW_LEOPARD,
                row("Mustela altaica", "SPECIES", "Mustelidae", "III", "India", "", "", "", "")));

        assertThat(errors).extracting(LineError::line, LineError::column)
                .containsExactly(tuple(3, "listing_country"));
    }

    @Test
    void unknown_term_in_a_zero_quota_is_rejected() {
        List<LineError> errors = errorsOf(file(HEADER,
                SNOW_LEOPARD,
                row("Panthera leo", "SPECIES", "Felidae", "II", "", "IN", "", "BON FOO", "")));

        assertThat(errors).extracting(LineError::line, LineError::column)
                .containsExactly(tuple(3, "zero_export_quota"));
        assertThat(errors.get(0).message()).contains("FOO");
    }

    @Test
    void a_row_with_too_few_columns_is_reported_on_its_line() {
        List<LineError> errors = errorsOf(file(HEADER,
                SNOW_LEOPARD,
                "Falco cherrug,SPECIES,Falconidae,II"));

        assertThat(errors).extracting(LineError::line).containsExactly(3);
    }

    @Test
    void a_file_with_a_bad_row_imports_nothing_even_if_other_rows_are_good() {
        byte[] content = file(HEADER,
                SNOW_LEOPARD,
                SAKER,
                row("Bubo bubo", "SPECIES", "Strigidae", "V", "", "", "", "", ""));

        SpeciesImportException e = assertThrows(SpeciesImportException.class, () -> csv.parse(content));

        assertThat(e.errors()).extracting(LineError::line).containsExactly(4);
    }

    @Test
    void a_quoted_annotation_over_two_lines_does_not_shift_the_next_row_line_number() {
        List<LineError> errors = errorsOf(file(HEADER,
                "Panthera uncia,SPECIES,Felidae,I,,,,,,\"first line",
                "second line\",Snow leopard,Снежный барс,Илбирс",
                row("Falco cherrug", "SPECIES", "Falconidae", "IV", "", "", "", "", "")));

        assertThat(errors).extracting(LineError::line, LineError::column).containsExactly(tuple(4, "appendix"));
    }

    @Test
    void windows_line_endings_count_each_line_once() {
        byte[] content = (HEADER + "\r\n" + SNOW_LEOPARD + "\r\n"
                + row("Falco cherrug", "SPECIES", "Falconidae", "IV", "", "", "", "", "") + "\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(errorsOf(content)).extracting(LineError::line).containsExactly(3);
    }

    @Test
    void bad_row_after_a_blank_line_is_reported_with_its_own_line_number() {
        // Line 3 is blank; the bad row is on line 4 of the file the admin opens.
        List<LineError> errors = errorsOf(file(HEADER,
                SNOW_LEOPARD,
                "",
                row("Falco cherrug", "SPECIES", "Falconidae", "IV", "", "", "", "", "")));

        assertThat(errors).extracting(LineError::line, LineError::column).containsExactly(tuple(4, "appendix"));
    }

    @Test
    void a_utf8_byte_order_mark_is_ignored() {
        byte[] withoutBom = SpeciesCatalogue.readDefault();
        byte[] withBom = new byte[withoutBom.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(withoutBom, 0, withBom, 3, withoutBom.length);

        assertThat(csv.parse(withBom)).hasSize(61);
    }

    @Test
    void a_file_with_only_the_header_holds_no_species_and_is_rejected() {
        assertThat(errorsOf(file(HEADER))).extracting(LineError::line).containsExactly(1);
    }
}
