package org.wildcase.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.wildcase.audit.CaseHistory;
import org.wildcase.check.Direction;
import org.wildcase.check.Finding;
import org.wildcase.permit.DocumentType;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

/**
 * The seizure's part of the case file: the registration, findings, where the case stands, its open tasks and its
 * history. The whole case file ({@code casework.CaseFile}) adds the other modules' parts.
 */
public record CaseView(
        String caseNumber, String unit, CaseStatus status, Stage stage, boolean overdue, List<String> overdueReasons,
        OffsetDateTime seizedAt, LocalDate shippedOn, String location, Direction direction,
        Registration.TransportMode transportMode, String conveyance, String transportDocument, String declaredGoods,
        String hsCode, Registration.DetectionMethod detectionMethod, String reasonForSeizure, String concealment,
        Registration.Route route, Purpose purpose, Source source, Registration.Money estimatedValue,
        boolean shareWithIccwc, List<PartyView> parties, List<SpecimenView> specimens, List<DocumentView> documents,
        List<String> riskIndicators, String notes, String registeredBy, OffsetDateTime registeredAt,
        String withdrawalReason, List<Finding> findings, String speciesListVersion, List<OpenTask> openTasks,
        List<CaseHistory.Entry> history) {

    public record SpecimenView(int index, String description, String scientificName, String term, BigDecimal quantity,
            String unit, boolean live, Source source, String countryOfOrigin, Registration.Money estimatedValue,
            String appendix) {
    }

    public record DocumentView(int index, DocumentType type, String number, String issuingCountry, Boolean original,
            String securityStamp, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil, Purpose purpose,
            String exporter, String importer, String originalPermitNumber, Boolean endorsed,
            List<Integer> coversSpecimens) {
    }

    public record PartyView(int index, Registration.PartyRole role, String name, String nationality,
            Registration.IdentityDocumentType identityDocumentType, String identityDocument, LocalDate dateOfBirth) {
    }

    public record OpenTask(String taskId, String taskKey, String name, String assignee, OffsetDateTime due) {
    }

    /** A line of a case list. */
    public record Summary(String caseNumber, String unit, CaseStatus status, Stage stage, boolean overdue,
            OffsetDateTime seizedAt, String location, Direction direction, String registeredBy) {
    }
}
