package org.wildcase.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wildcase.check.DocumentBuilder.certificateOfOrigin;
import static org.wildcase.check.DocumentBuilder.exportPermit;
import static org.wildcase.check.FindingAssertions.assertThatFindings;
import static org.wildcase.check.FindingAssertions.finding;
import static org.wildcase.check.FindingCode.PERMIT_EXPIRED;
import static org.wildcase.check.FindingCode.PERMIT_ISSUED_AFTER_SHIPMENT;
import static org.wildcase.check.FindingCode.PERMIT_NOT_YET_VALID;
import static org.wildcase.check.RegisteredPermitBuilder.registeredPermit;
import static org.wildcase.check.Severity.VIOLATION;
import static org.wildcase.check.SpecimenBuilder.specimen;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wildcase.permit.DocumentType;
import org.wildcase.species.CitesSettings;

/**
 * Validity on the shipment date (shippedOn, else seizedAt's date in the home time zone): validUntil inclusive and at
 * most issuedOn + 6 months (export permits, re-export certificates) or + 12 months (import permits, certificates of
 * origin), as java.time adds months; issued after shipment; valid only from a later day. For a foreign document
 * only the dates it states count.
 */
class DocumentMustBeValidOnShipmentDateTest {

    private static final LocalDate SHIPPED = ShipmentBuilder.SHIPPED_ON; // 2026-11-20

    /** Import of an Appendix-II falcon from KZ with Kazakhstan's export permit: nothing else to find. */
    private static ShipmentBuilder importWith(DocumentBuilder kazakhExportPermit) {
        return ShipmentBuilder.importing()
                .specimen(specimen("Falco cherrug").origin("KZ"))
                .document(kazakhExportPermit);
    }

    private static DocumentBuilder kazakhPermit() {
        return exportPermit("KZ-EXP-1").issuedBy("KZ");
    }

    @Nested
    class LastValidDay {

        @Test
        void document_valid_until_the_shipment_date_is_still_valid() {
            List<Finding> findings = importWith(kazakhPermit()
                    .issuedOn(LocalDate.of(2026, 10, 1)).validUntil(SHIPPED)).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void document_valid_until_the_day_before_the_shipment_date_is_expired() {
            List<Finding> findings = importWith(kazakhPermit()
                    .issuedOn(LocalDate.of(2026, 10, 1)).validUntil(SHIPPED.minusDays(1))).findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_EXPIRED, VIOLATION, 0, 0));
        }

        @Test
        void expired_document_is_named_on_every_line_it_covers() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Falco cherrug").origin("KZ"))
                    .specimen(specimen("Aquila chrysaetos").origin("KZ"))
                    .document(kazakhPermit().validUntil(SHIPPED.minusDays(1)))
                    .findings();

            assertThatFindings(findings).containsExactlyInAnyOrder(
                    finding(PERMIT_EXPIRED, VIOLATION, 0, 0),
                    finding(PERMIT_EXPIRED, VIOLATION, 1, 0));
        }

        @Test
        void expired_second_document_names_its_own_index_and_only_its_lines() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Falco cherrug").origin("KZ"))
                    .specimen(specimen("Aquila chrysaetos").origin("KZ"))
                    .document(kazakhPermit().validUntil(SHIPPED).covers(0))
                    .document(exportPermit("KZ-EXP-2").issuedBy("KZ").validUntil(SHIPPED.minusDays(1)).covers(1))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_EXPIRED, VIOLATION, 1, 1));
        }
    }

    @Nested
    class IssueDate {

        @Test
        void document_issued_on_the_shipment_date_is_fine() {
            List<Finding> findings = importWith(kazakhPermit().issuedOn(SHIPPED)).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void document_issued_the_day_after_the_shipment_date_is_issued_after_shipment() {
            List<Finding> findings = importWith(kazakhPermit().issuedOn(SHIPPED.plusDays(1))).findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_ISSUED_AFTER_SHIPMENT, VIOLATION, 0, 0));
        }

        @Test
        void registered_home_permit_issued_after_the_shipment_date_is_issued_after_shipment() {
            List<Finding> findings = ShipmentBuilder.export()
                    .specimen("Falco cherrug")
                    .document(exportPermit("KG-2026-0001"))
                    .registered(registeredPermit(DocumentType.EXPORT_PERMIT, "KG-2026-0001")
                            .issuedOn(SHIPPED.plusDays(1)).validUntil(SHIPPED.plusMonths(3))
                            .line("Falco cherrug", "LIV", "1", null))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_ISSUED_AFTER_SHIPMENT, VIOLATION, 0, 0));
        }
    }

    @Nested
    class ValidFrom {

        @Test
        void document_valid_only_from_the_day_after_the_shipment_date_is_not_yet_valid() {
            List<Finding> findings = importWith(kazakhPermit()
                    .issuedOn(LocalDate.of(2026, 11, 1)).validFrom(SHIPPED.plusDays(1))).findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_NOT_YET_VALID, VIOLATION, 0, 0));
        }

        @Test
        void document_valid_from_the_shipment_date_is_valid() {
            List<Finding> findings = importWith(kazakhPermit()
                    .issuedOn(LocalDate.of(2026, 11, 1)).validFrom(SHIPPED)).findings();

            assertThat(findings).isEmpty();
        }
    }

    @Nested
    class ForeignDocumentDates {

        @Test
        void foreign_document_without_dates_gets_no_validity_finding() {
            List<Finding> findings = importWith(kazakhPermit()).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void foreign_export_permit_is_honoured_up_to_issue_plus_six_months_even_if_it_states_longer() {
            // 2026-05-20 plus 6 months is 2026-11-20, the shipment date: the last valid day, inclusive.
            List<Finding> findings = importWith(kazakhPermit()
                    .issuedOn(LocalDate.of(2026, 5, 20)).validUntil(LocalDate.of(2027, 5, 20))).findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void foreign_export_permit_stating_a_longer_validity_is_expired_the_day_after_issue_plus_six_months() {
            List<Finding> findings = importWith(kazakhPermit()
                    .issuedOn(LocalDate.of(2026, 5, 19)).validUntil(LocalDate.of(2027, 5, 19))).findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_EXPIRED, VIOLATION, 0, 0));
        }

        @Test
        void six_months_are_added_as_java_time_adds_months_at_the_end_of_a_month() {
            // 2026-08-31 plus 6 months is 2027-02-28 (java.time clamps to the month's last day).
            DocumentBuilder permit = kazakhPermit()
                    .issuedOn(LocalDate.of(2026, 8, 31)).validUntil(LocalDate.of(2027, 8, 31));

            List<Finding> onLastDay = importWith(permit).shippedOn(LocalDate.of(2027, 2, 28)).findings();
            List<Finding> dayAfter = importWith(permit).shippedOn(LocalDate.of(2027, 3, 1)).findings();

            assertThat(onLastDay).isEmpty();
            assertThatFindings(dayAfter).containsExactly(finding(PERMIT_EXPIRED, VIOLATION, 0, 0));
        }

        @Test
        void foreign_certificate_of_origin_is_valid_twelve_months_from_issue() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Mustela altaica").term("SKI").origin("KZ"))
                    .document(certificateOfOrigin("KZ-CO-1").issuedBy("KZ")
                            .issuedOn(LocalDate.of(2025, 11, 20)).validUntil(LocalDate.of(2026, 12, 31)))
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void foreign_certificate_of_origin_is_expired_the_day_after_issue_plus_twelve_months() {
            List<Finding> findings = ShipmentBuilder.importing()
                    .specimen(specimen("Mustela altaica").term("SKI").origin("KZ"))
                    .document(certificateOfOrigin("KZ-CO-1").issuedBy("KZ")
                            .issuedOn(LocalDate.of(2025, 11, 19)).validUntil(LocalDate.of(2026, 12, 31)))
                    .findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_EXPIRED, VIOLATION, 0, 0));
        }
    }

    @Nested
    class ShipmentDate {

        @Test
        void without_shipped_on_the_seizure_date_in_bishkek_counts_so_a_permit_valid_until_the_utc_date_is_expired() {
            // 2026-11-20T20:30Z is 2026-11-21 02:30 in Asia/Bishkek (UTC+6).
            List<Finding> findings = importWith(kazakhPermit().validUntil(LocalDate.of(2026, 11, 20)))
                    .shippedOn(null)
                    .seizedAt("2026-11-20T20:30:00Z")
                    .findings();

            assertThatFindings(findings).containsExactly(finding(PERMIT_EXPIRED, VIOLATION, 0, 0));
        }

        @Test
        void without_shipped_on_a_permit_issued_on_the_bishkek_date_of_seizure_is_not_issued_after_shipment() {
            List<Finding> findings = importWith(kazakhPermit().issuedOn(LocalDate.of(2026, 11, 21)))
                    .shippedOn(null)
                    .seizedAt("2026-11-20T20:30:00Z")
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void the_home_time_zone_is_configuration() {
            CitesSettings utc = new CitesSettings("KG", ZoneOffset.UTC, List.of());

            List<Finding> findings = importWith(kazakhPermit().validUntil(LocalDate.of(2026, 11, 20)))
                    .settings(utc)
                    .shippedOn(null)
                    .seizedAt("2026-11-20T20:30:00Z")
                    .findings();

            assertThat(findings).isEmpty();
        }

        @Test
        void shipped_on_takes_precedence_over_the_seizure_date() {
            List<Finding> findings = importWith(kazakhPermit().validUntil(LocalDate.of(2026, 11, 15)))
                    .shippedOn(LocalDate.of(2026, 11, 10))
                    .seizedAt("2026-11-20T06:00:00Z")
                    .findings();

            assertThat(findings).isEmpty();
        }
    }
}
