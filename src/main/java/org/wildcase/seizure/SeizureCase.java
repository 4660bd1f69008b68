package org.wildcase.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.wildcase.check.Direction;
import org.wildcase.permit.DocumentType;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A seizure case: the registration, its stage and status. Expertise, legal and custody keep their own tables. */
@Entity
@Table(name = "seizure_case")
class SeizureCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "case_number", nullable = false, unique = true)
    String caseNumber;

    @Column(nullable = false)
    String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CaseStatus status = CaseStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Stage stage = Stage.EXPERTISE;

    @Column(name = "reached_legal", nullable = false)
    boolean reachedLegal;

    @Column(nullable = false)
    boolean overdue;

    @Column(name = "seized_at", nullable = false)
    OffsetDateTime seizedAt;

    @Column(name = "shipped_on")
    LocalDate shippedOn;

    @Column(nullable = false)
    String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Direction direction;

    @Enumerated(EnumType.STRING)
    /** Null only for a case opened from an export record (reconciliation), which names no transport mode. */
    @Column(name = "transport_mode")
    Registration.TransportMode transportMode;

    String conveyance;

    @Column(name = "transport_document")
    String transportDocument;

    @Column(name = "declared_goods")
    String declaredGoods;

    /** What {@code ?q=} matches, lower-cased: written on registration by {@link CaseMapping}. */
    @Column(name = "search_text", length = 20000)
    String searchText;

    @Column(name = "hs_code")
    String hsCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "detection_method")
    Registration.DetectionMethod detectionMethod;

    @Column(name = "reason_for_seizure")
    String reasonForSeizure;

    String concealment;

    @Column(name = "route_origin")
    String routeOrigin;

    @Column(name = "route_transit")
    String routeTransit;

    @Column(name = "route_destination")
    String routeDestination;

    @Enumerated(EnumType.STRING)
    Purpose purpose;

    @Enumerated(EnumType.STRING)
    Source source;

    @Column(name = "value_amount", precision = 19, scale = 2)
    BigDecimal valueAmount;

    @Column(name = "value_currency")
    String valueCurrency;

    @Column(name = "share_with_iccwc", nullable = false)
    boolean shareWithIccwc = true;

    @Column(name = "risk_indicators")
    String riskIndicators;

    String notes;

    @Column(name = "species_list_version")
    String speciesListVersion;

    @Column(name = "registered_by", nullable = false)
    String registeredBy;

    @Column(name = "registered_at", nullable = false)
    OffsetDateTime registeredAt;

    @Column(name = "withdrawal_reason")
    String withdrawalReason;

    @Column(name = "process_instance_id")
    String processInstanceId;

    @Version
    long version;

    @OneToMany(mappedBy = "seizureCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("index")
    List<SpecimenLine> specimens = new ArrayList<>();

    @OneToMany(mappedBy = "seizureCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("index")
    List<PresentedDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "seizureCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("index")
    List<Party> parties = new ArrayList<>();

    @OneToMany(mappedBy = "seizureCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    List<StoredFinding> findings = new ArrayList<>();

    boolean anyLive() {
        return specimens.stream().anyMatch(s -> s.live);
    }

    void end(CaseStatus finalStatus) {
        this.status = finalStatus;
        this.stage = Stage.DONE;
        this.overdue = false;
    }

    @Entity
    @Table(name = "case_specimen")
    static class SpecimenLine {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "case_id")
        SeizureCase seizureCase;
        @Column(name = "line_index", nullable = false)
        int index;
        @Column(nullable = false)
        String description;
        @Column(name = "scientific_name")
        String scientificName;
        String term;
        @Column(nullable = false, precision = 19, scale = 6)
        BigDecimal quantity;
        String unit;
        @Column(nullable = false)
        boolean live;
        @Enumerated(EnumType.STRING)
        Source source;
        @Column(name = "country_of_origin")
        String countryOfOrigin;
        @Column(name = "value_amount", precision = 19, scale = 2)
        BigDecimal valueAmount;
        @Column(name = "value_currency")
        String valueCurrency;
    }

    @Entity
    @Table(name = "case_document")
    static class PresentedDocument {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "case_id")
        SeizureCase seizureCase;
        @Column(name = "line_index", nullable = false)
        int index;
        @Enumerated(EnumType.STRING)
        @Column(name = "document_type", nullable = false)
        DocumentType type;
        @Column(name = "document_number")
        String number;
        @Column(name = "issuing_country")
        String issuingCountry;
        Boolean original;
        @Column(name = "security_stamp")
        String securityStamp;
        @Column(name = "issued_on")
        LocalDate issuedOn;
        @Column(name = "valid_from")
        LocalDate validFrom;
        @Column(name = "valid_until")
        LocalDate validUntil;
        @Enumerated(EnumType.STRING)
        Purpose purpose;
        String exporter;
        String importer;
        @Column(name = "original_permit_number")
        String originalPermitNumber;
        Boolean endorsed;
        @Column(name = "covers_specimens")
        String coversSpecimens;
    }

    @Entity
    @Table(name = "case_party")
    static class Party {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "case_id")
        SeizureCase seizureCase;
        @Column(name = "line_index", nullable = false)
        int index;
        @Enumerated(EnumType.STRING)
        @Column(name = "party_role")
        Registration.PartyRole role;
        String name;
        String nationality;
        @Enumerated(EnumType.STRING)
        @Column(name = "identity_document_type")
        Registration.IdentityDocumentType identityDocumentType;
        @Column(name = "identity_document")
        String identityDocument;
        @Column(name = "date_of_birth")
        LocalDate dateOfBirth;
    }

    @Entity
    @Table(name = "case_finding")
    static class StoredFinding {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "case_id")
        SeizureCase seizureCase;
        @Column(nullable = false)
        String code;
        @Column(nullable = false)
        String severity;
        @Column(name = "specimen_index")
        Integer specimenIndex;
        @Column(name = "document_index")
        Integer documentIndex;
        @Column(nullable = false)
        String message;
        /** The message as a translation key with arguments ({@code api.Phrase#stored}); null for older findings. */
        String explanation;
    }
}
