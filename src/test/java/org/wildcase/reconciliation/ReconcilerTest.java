package org.wildcase.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.wildcase.reconciliation.DiscrepancyCode.PERMIT_CANCELLED;
import static org.wildcase.reconciliation.DiscrepancyCode.PERMIT_EXPIRED;
import static org.wildcase.reconciliation.DiscrepancyCode.PERMIT_NOT_IN_REGISTER;
import static org.wildcase.reconciliation.DiscrepancyCode.PERMIT_NOT_YET_VALID;
import static org.wildcase.reconciliation.DiscrepancyCode.PERMIT_ON_SEVERAL_DECLARATIONS;
import static org.wildcase.reconciliation.DiscrepancyCode.QUANTITY_EXCEEDS_PERMIT;
import static org.wildcase.reconciliation.DiscrepancyCode.QUANTITY_NOT_COMPARABLE;
import static org.wildcase.reconciliation.DiscrepancyCode.RECORD_WITHOUT_PERMIT_NUMBER;
import static org.wildcase.reconciliation.DiscrepancyCode.SPECIES_NOT_ON_PERMIT;
import static org.wildcase.reconciliation.PermitBuilder.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wildcase.permit.DocumentType;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.SpeciesCatalogue;
import org.wildcase.species.SpeciesList;
import org.wildcase.species.TradeCodes;

/** The reconciliation rules, one code at a time, with their boundaries. */
class ReconcilerTest {

    private static final TradeCodes CODES = new TradeCodes();
    private static final SpeciesList SPECIES = SpeciesCatalogue.parse("test", SpeciesCatalogue.readDefault(), CODES);
    private static final String P = "KG-2026-0042";
    private static final LocalDate OCT_15 = LocalDate.of(2026, 10, 15);

    private final Reconciler reconciler = new Reconciler(CODES, () -> SPECIES, ZoneId.of("Asia/Bishkek"));
    private final List<ExportRecord> records = new ArrayList<>();
    private final Map<String, RegisteredPermit> register = new HashMap<>();
    private final Map<String, Set<String>> earlier = new HashMap<>();
    private final List<RegisteredPermit> issued = new ArrayList<>();

    private ReconcilerTest registered(PermitBuilder... permits) {
        Arrays.stream(permits).map(PermitBuilder::build).forEach(p -> register.put(p.number(), p));
        return this;
    }

    /** A record on line {@code records + 2} (after the header). */
    private ReconcilerTest record(String declaration, LocalDate date, String permit, String name, String term,
            String quantity, String unit) {
        records.add(new ExportRecord(records.size() + 2, declaration, date, "Sunkar LLC", permit, name, term,
                new BigDecimal(quantity), unit, "AE"));
        return this;
    }

    private ReconcilerTest falcons(String declaration, LocalDate date, String quantity) {
        return record(declaration, date, P, "Falco cherrug", "LIV", quantity, null);
    }

    private Reconciler.Outcome outcome() {
        return reconciler.reconcile(records, new Reconciler.Register(register, earlier, issued));
    }

    private List<Discrepancy> discrepancies() {
        return outcome().discrepancies();
    }

    /** Discrepancies as (code, record line, permit line). */
    private ListAssert<Tuple> assertThatDiscrepancies() {
        return assertThat(discrepancies().stream()
                .map(d -> tuple(d.code(), d.record().line(), d.permitLine())).toList());
    }

    private static Tuple at(DiscrepancyCode code, int line) {
        return tuple(code, line, null);
    }

    private static Tuple at(DiscrepancyCode code, int line, Integer permitLine) {
        return tuple(code, line, permitLine);
    }

    @Test
    void a_record_within_a_valid_permit_has_no_discrepancy() {
        registered(permit(P).line("Falco cherrug", "LIV", "2", null));
        falcons("D-1", OCT_15, "2");

        assertThat(discrepancies()).isEmpty();
    }

    @Test
    void a_record_without_a_permit_number_is_record_without_permit_number() {
        record("D-1", OCT_15, null, "Falco cherrug", "LIV", "1", null);
        record("D-2", OCT_15, "  ", "Falco cherrug", "LIV", "1", null);

        assertThatDiscrepancies().containsExactly(at(RECORD_WITHOUT_PERMIT_NUMBER, 2),
                at(RECORD_WITHOUT_PERMIT_NUMBER, 3));
        assertThat(discrepancies().get(0).permitNumber()).isNull();
    }

    @Test
    void a_number_the_register_does_not_hold_is_permit_not_in_register() {
        falcons("D-1", OCT_15, "1");

        assertThatDiscrepancies().containsExactly(at(PERMIT_NOT_IN_REGISTER, 2));
        assertThat(discrepancies().get(0).permitNumber()).isEqualTo(P);
    }

    @Nested
    class Cancelled {

        @Test
        void a_permit_cancelled_before_the_declaration_date_is_permit_cancelled() {
            registered(permit(P).line("Falco cherrug", "LIV", "2", null).cancelledAt("2026-10-10T09:00:00Z"));
            falcons("D-1", OCT_15, "1");

            assertThatDiscrepancies().containsExactly(at(PERMIT_CANCELLED, 2));
        }

        @Test
        void a_permit_cancelled_on_the_declaration_date_in_the_home_time_zone_is_permit_cancelled() {
            // 20:00 UTC on the 14th is 02:00 on the 15th in Bishkek.
            registered(permit(P).line("Falco cherrug", "LIV", "2", null).cancelledAt("2026-10-14T20:00:00Z"));
            falcons("D-1", OCT_15, "1");

            assertThatDiscrepancies().containsExactly(at(PERMIT_CANCELLED, 2));
        }

        @Test
        void a_permit_cancelled_after_the_declaration_date_was_good_that_day() {
            registered(permit(P).line("Falco cherrug", "LIV", "2", null).cancelledAt("2026-10-15T18:30:00Z"));
            falcons("D-1", OCT_15, "1");

            assertThat(discrepancies()).isEmpty();
        }

        @Test
        void a_cancelled_permit_hides_the_species_and_quantity_discrepancies_of_the_record() {
            registered(permit(P).line("Falco cherrug", "LIV", "2", null).cancelledAt("2026-10-10T09:00:00Z"));
            falcons("D-1", OCT_15, "5");
            record("D-1", OCT_15, P, "Bubo bubo", "LIV", "1", null);

            assertThatDiscrepancies().containsExactly(at(PERMIT_CANCELLED, 2), at(PERMIT_CANCELLED, 3));
        }
    }

    @Nested
    class Validity {

        @Test
        void a_declaration_on_the_last_valid_day_is_good() {
            registered(permit(P).line("Falco cherrug", "LIV", "2", null).validUntil(OCT_15));
            falcons("D-1", OCT_15, "1");

            assertThat(discrepancies()).isEmpty();
        }

        @Test
        void a_declaration_the_day_after_the_last_valid_day_is_permit_expired() {
            registered(permit(P).line("Falco cherrug", "LIV", "2", null).validUntil(OCT_15.minusDays(1)));
            falcons("D-1", OCT_15, "5");

            assertThatDiscrepancies().containsExactly(at(PERMIT_EXPIRED, 2));
            assertThat(discrepancies().get(0).message()).contains("valid until 2026-10-14");
        }

        @Test
        void a_declaration_before_valid_from_is_permit_not_yet_valid() {
            registered(permit(P).line("Falco cherrug", "LIV", "2", null).validFrom(OCT_15.plusDays(1)));
            falcons("D-1", OCT_15, "1");

            assertThatDiscrepancies().containsExactly(at(PERMIT_NOT_YET_VALID, 2));
        }

        @Test
        void a_declaration_before_the_issue_date_is_permit_not_yet_valid() {
            registered(permit(P).line("Falco cherrug", "LIV", "2", null).issuedOn(OCT_15.plusDays(1)));
            falcons("D-1", OCT_15, "1");
            falcons("D-1", OCT_15.plusDays(1), "1");

            assertThatDiscrepancies().containsExactly(at(PERMIT_NOT_YET_VALID, 2));
        }
    }

    @Nested
    class Species {

        @Test
        void a_species_absent_from_the_permit_is_species_not_on_permit() {
            registered(permit(P).line("Falco cherrug", "LIV", "2", null));
            record("D-1", OCT_15, P, "Bubo bubo", "LIV", "1", null);

            assertThatDiscrepancies().containsExactly(at(SPECIES_NOT_ON_PERMIT, 2));
            assertThat(discrepancies().get(0).message()).isEqualTo("Bubo bubo is not on permit " + P + ".");
        }

        @Test
        void a_species_on_the_permit_in_another_term_is_species_not_on_permit() {
            registered(permit(P).line("Falco cherrug", "LIV", "2", null));
            record("D-1", OCT_15, P, "Falco cherrug", "FEA", "10", null);

            assertThatDiscrepancies().containsExactly(at(SPECIES_NOT_ON_PERMIT, 2));
            assertThat(discrepancies().get(0).message())
                    .isEqualTo("Falco cherrug is on permit " + P + ", but not as FEA.");
        }

        @Test
        void names_match_regardless_of_case_and_spacing_and_a_subspecies_matches_its_species_line() {
            registered(permit(P).line("Ovis ammon", "TRO", "2", null).line("Falco cherrug", "LIV", "1", null));
            record("D-1", OCT_15, P, "ovis  AMMON polii", "TRO", "1", null);
            record("D-1", OCT_15, P, " FALCO cherrug ", "LIV", "1", null);

            assertThat(discrepancies()).isEmpty();
        }

        @Test
        void a_genus_or_family_on_the_permit_covers_its_species() {
            registered(permit(P).line("Moschus", "MUS", "100", "GRM").line("Acipenseridae", "CAV", "5", "KIL"));
            record("D-1", OCT_15, P, "Moschus moschiferus", "MUS", "50", "GRM");
            record("D-1", OCT_15, P, "Huso huso", "CAV", "2", "KIL");

            assertThat(discrepancies()).isEmpty();
        }
    }

    @Nested
    class Quantity {

        @Test
        void the_cumulative_quantity_exactly_at_the_limit_is_good() {
            registered(permit(P).line("Falco cherrug", "LIV", "10", null));
            falcons("D-1", OCT_15, "4");
            falcons("D-1", OCT_15, "6");

            assertThat(discrepancies()).isEmpty();
        }

        @Test
        void one_unit_over_the_limit_is_quantity_exceeds_permit_on_the_record_that_crossed_it() {
            registered(permit(P).line("Bubo bubo", "LIV", "1", null).line("Falco cherrug", "LIV", "10", null));
            falcons("D-1", OCT_15, "4");
            falcons("D-1", OCT_15, "6");
            falcons("D-1", OCT_15, "1");

            assertThatDiscrepancies().containsExactly(at(QUANTITY_EXCEEDS_PERMIT, 4, 1));
            assertThat(discrepancies().get(0).message()).isEqualTo(
                    "Falco cherrug LIV: 11 exported on 1 declaration(s) against permit " + P
                            + " line 2, which allows 10.");
        }

        @Test
        void quantities_add_up_in_declaration_date_order_not_file_order() {
            registered(permit(P).line("Falco cherrug", "LIV", "10", null));
            falcons("D-1", OCT_15.plusDays(2), "5");
            falcons("D-1", OCT_15, "6");

            assertThatDiscrepancies().extracting(t -> t.toList().get(1)).containsExactly(2);
        }

        @Test
        void kilograms_and_grams_are_summed_after_conversion() {
            registered(permit(P).line("Acipenser baerii", "CAV", "2", "KIL"));
            record("D-1", OCT_15, P, "Acipenser baerii", "CAV", "1.5", "KIL");
            record("D-1", OCT_15, P, "Acipenser baerii", "CAV", "500", "GRM");
            record("D-1", OCT_15, P, "Acipenser baerii", "CAV", "1", "GRM");

            assertThatDiscrepancies().containsExactly(at(QUANTITY_EXCEEDS_PERMIT, 4, 0));
            assertThat(discrepancies().get(0).message()).isEqualTo("Acipenser baerii CAV: 2.001 KIL exported on "
                    + "1 declaration(s) against permit " + P + " line 1, which allows 2 KIL.");
        }

        @Test
        void a_quantity_in_another_dimension_is_quantity_not_comparable_and_is_not_charged() {
            registered(permit(P).line("Acipenser baerii", "CAV", "2", "KIL"));
            record("D-1", OCT_15, P, "Acipenser baerii", "CAV", "500", "LTR");
            record("D-1", OCT_15, P, "Acipenser baerii", "CAV", "30", null);
            record("D-1", OCT_15, P, "Acipenser baerii", "CAV", "2", "KIL");

            assertThatDiscrepancies().containsExactly(at(QUANTITY_NOT_COMPARABLE, 2, 0),
                    at(QUANTITY_NOT_COMPARABLE, 3, 0));
            assertThat(discrepancies().get(0).message()).isEqualTo("Acipenser baerii CAV: 500 LTR on declaration "
                    + "D-1 cannot be compared with permit " + P + " line 1, which allows 2 KIL (another dimension).");
        }

        @Test
        void a_quantity_in_the_dimension_of_one_of_two_lines_is_charged_to_that_line() {
            registered(permit(P).line("Acipenser baerii", "CAV", "2", "KIL").line("Acipenser baerii", "CAV", "3",
                    null));
            record("D-1", OCT_15, P, "Acipenser baerii", "CAV", "3", null);

            assertThat(discrepancies()).isEmpty();
        }

        @Test
        void the_sum_counts_the_declarations_behind_it() {
            registered(permit(P).line("Falco cherrug", "LIV", "2", null));
            falcons("D-1", OCT_15, "1");
            falcons("D-2", OCT_15.plusDays(1), "1");
            falcons("D-3", OCT_15.plusDays(2), "1");

            assertThat(discrepancies()).filteredOn(d -> d.code() == QUANTITY_EXCEEDS_PERMIT)
                    .extracting(Discrepancy::message).containsExactly("Falco cherrug LIV: 3 exported on 3 "
                            + "declaration(s) against permit " + P + " line 1, which allows 2.");
        }
    }

    @Nested
    class SeveralDeclarations {

        @Test
        void several_records_of_one_declaration_may_cite_the_same_permit() {
            registered(permit(P).line("Falco cherrug", "LIV", "10", null).line("Bubo bubo", "LIV", "1", null));
            falcons("D-1", OCT_15, "2");
            falcons("D-1", OCT_15, "3");
            record("D-1", OCT_15, P, "Bubo bubo", "LIV", "1", null);

            assertThat(discrepancies()).isEmpty();
        }

        @Test
        void a_permit_cited_on_a_second_declaration_of_the_run_is_permit_on_several_declarations() {
            registered(permit(P).line("Falco cherrug", "LIV", "10", null));
            falcons("D-2", OCT_15.plusDays(3), "1");
            falcons("D-1", OCT_15, "1");
            falcons("D-2", OCT_15.plusDays(3), "1");
            falcons("D-3", OCT_15.plusDays(5), "1");

            assertThatDiscrepancies().containsExactly(at(PERMIT_ON_SEVERAL_DECLARATIONS, 2),
                    at(PERMIT_ON_SEVERAL_DECLARATIONS, 5));
            assertThat(discrepancies()).extracting(Discrepancy::message).containsExactly(
                    "Permit " + P + " was already cited on declaration D-1; declaration D-2 cites it again.",
                    "Permit " + P + " was already cited on declarations D-1, D-2; declaration D-3 cites it again.");
        }

        @Test
        void declarations_of_one_day_are_ordered_by_number() {
            registered(permit(P).line("Falco cherrug", "LIV", "10", null));
            falcons("D-B", OCT_15, "1");
            falcons("D-A", OCT_15, "1");

            assertThatDiscrepancies().containsExactly(at(PERMIT_ON_SEVERAL_DECLARATIONS, 2));
        }

        @Test
        void a_permit_cited_in_an_earlier_run_is_permit_on_several_declarations_on_its_first_citation_here() {
            registered(permit(P).line("Falco cherrug", "LIV", "10", null));
            earlier.put(P, Set.of("D-0"));
            falcons("D-1", OCT_15, "1");

            assertThatDiscrepancies().containsExactly(at(PERMIT_ON_SEVERAL_DECLARATIONS, 2));
            assertThat(discrepancies().get(0).message())
                    .isEqualTo("Permit " + P + " was already cited on declaration D-0; declaration D-1 cites it again.");
        }

        @Test
        void the_same_declaration_imported_again_is_not_another_consignment() {
            registered(permit(P).line("Falco cherrug", "LIV", "10", null));
            earlier.put(P, Set.of("D-1"));
            falcons("D-1", OCT_15, "1");

            assertThat(discrepancies()).isEmpty();
        }

        @Test
        void a_long_list_of_other_declarations_is_shortened() {
            registered(permit(P).line("Falco cherrug", "LIV", "100", null));
            for (int i = 1; i <= 8; i++) {
                falcons("D-" + i, OCT_15, "1");
            }

            assertThat(discrepancies().get(discrepancies().size() - 1).message()).isEqualTo("Permit " + P
                    + " was already cited on declarations D-1, D-2, D-3, D-4, D-5 and 2 more; declaration D-8 cites"
                    + " it again.");
        }
    }

    @Nested
    class UnusedPermits {

        @Test
        void permits_issued_in_the_period_and_cited_by_no_record_are_reported_by_issue_date_then_number() {
            RegisteredPermit cited = permit(P).line("Falco cherrug", "LIV", "10", null).build();
            RegisteredPermit citedEarlier = permit("KG-2026-0001").build();
            RegisteredPermit late = permit("KG-2026-0003").issuedOn(OCT_15).build();
            RegisteredPermit earlyB = permit("KG-2026-0009").type(DocumentType.REEXPORT_CERTIFICATE).build();
            RegisteredPermit earlyA = permit("KG-2026-0007").build();
            register.put(P, cited);
            issued.addAll(List.of(cited, citedEarlier, late, earlyB, earlyA));
            earlier.put("KG-2026-0001", Set.of("D-0"));
            falcons("D-1", OCT_15, "1");

            assertThat(outcome().unusedPermits()).containsExactly(
                    new UnusedPermit("KG-2026-0007", PermitBuilder.ISSUED_ON, PermitBuilder.VALID_UNTIL,
                            "Holder of KG-2026-0007"),
                    new UnusedPermit("KG-2026-0009", PermitBuilder.ISSUED_ON, PermitBuilder.VALID_UNTIL,
                            "Holder of KG-2026-0009"),
                    new UnusedPermit("KG-2026-0003", OCT_15, PermitBuilder.VALID_UNTIL, "Holder of KG-2026-0003"));
            assertThat(outcome().discrepancies()).isEmpty();
        }

        @Test
        void a_permit_cited_with_a_problem_still_counts_as_used() {
            RegisteredPermit expired = permit(P).validUntil(OCT_15.minusDays(1)).build();
            register.put(P, expired);
            issued.add(expired);
            falcons("D-1", OCT_15, "1");

            assertThat(outcome().unusedPermits()).isEmpty();
        }
    }

    @Test
    void discrepancies_come_in_record_order_then_by_code() {
        registered(permit(P).line("Falco cherrug", "LIV", "1", null));
        falcons("D-1", OCT_15, "1");
        falcons("D-2", OCT_15.plusDays(1), "1");
        record("D-3", OCT_15, null, "Falco cherrug", "LIV", "1", null);
        record("D-4", OCT_15, "KG-NONE", "Falco cherrug", "LIV", "1", null);

        assertThatDiscrepancies().containsExactly(at(QUANTITY_EXCEEDS_PERMIT, 3, 0),
                at(PERMIT_ON_SEVERAL_DECLARATIONS, 3), at(RECORD_WITHOUT_PERMIT_NUMBER, 4), at(PERMIT_NOT_IN_REGISTER, 5));
    }
}
