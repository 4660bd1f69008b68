package org.wildcase.permit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

/** A document in the home register. The version column makes two releases of one permit collide, not both win. */
@Entity
@Table(name = "permit")
class Permit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_number", nullable = false, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType type;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    private String holder;

    @Column(nullable = false)
    private String country;

    @Column(name = "security_stamp")
    private String securityStamp;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "used_by_case")
    private String usedByCase;

    @Version
    private long version;

    @OneToMany(mappedBy = "permit", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("index")
    private List<PermitLine> lines = new ArrayList<>();

    protected Permit() {
    }

    Permit(String number, DocumentType type, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil,
            String holder, String country, String securityStamp, Purpose purpose, OffsetDateTime recordedAt,
            String recordedBy) {
        this.number = number;
        this.type = type;
        this.issuedOn = issuedOn;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.holder = holder;
        this.country = country;
        this.securityStamp = securityStamp;
        this.purpose = purpose;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    void addLine(String scientificName, String term, BigDecimal quantity, String unit, Source source) {
        lines.add(new PermitLine(this, lines.size(), scientificName, term, quantity, unit, source));
    }

    PermitStatus statusOn(LocalDate today) {
        return status(cancelledAt, usedAt, validUntil, today);
    }

    /** A status is a fact recorded (cancelled, used) or the validity judged on {@code today}. */
    static PermitStatus status(OffsetDateTime cancelledAt, OffsetDateTime usedAt, LocalDate validUntil,
            LocalDate today) {
        if (cancelledAt != null) {
            return PermitStatus.CANCELLED;
        }
        if (usedAt != null) {
            return PermitStatus.USED;
        }
        return today.isAfter(validUntil) ? PermitStatus.EXPIRED : PermitStatus.VALID;
    }

    void cancel(OffsetDateTime at, String by, String reason) {
        this.cancelledAt = at;
        this.cancelledBy = by;
        this.cancelReason = reason;
    }

    void markUsed(OffsetDateTime at, String caseNumber) {
        this.usedAt = at;
        this.usedByCase = caseNumber;
    }

    String number() {
        return number;
    }

    List<PermitLine> lines() {
        return lines;
    }

    RegisteredPermit view(LocalDate today) {
        return new RegisteredPermit(number, type, issuedOn, validFrom, validUntil, holder, country, securityStamp,
                purpose, statusOn(today),
                lines.stream().sorted(Comparator.comparingInt(PermitLine::index)).map(PermitLine::view).toList(),
                usedByCase, usedAt, cancelledAt, cancelReason);
    }

    /** One line of the permit, with what was shipped against it. */
    @Entity
    @Table(name = "permit_line")
    static class PermitLine {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "permit_id")
        private Permit permit;

        @Column(name = "line_index", nullable = false)
        private int index;

        @Column(name = "scientific_name", nullable = false)
        private String scientificName;

        @Column(nullable = false)
        private String term;

        @Column(nullable = false, precision = 19, scale = 6)
        private BigDecimal quantity;

        private String unit;

        @Enumerated(EnumType.STRING)
        private Source source;

        @Column(name = "shipped_quantity", precision = 19, scale = 6)
        private BigDecimal shippedQuantity;

        protected PermitLine() {
        }

        PermitLine(Permit permit, int index, String scientificName, String term, BigDecimal quantity, String unit,
                Source source) {
            this.permit = permit;
            this.index = index;
            this.scientificName = scientificName;
            this.term = term;
            this.quantity = quantity;
            this.unit = unit;
            this.source = source;
        }

        int index() {
            return index;
        }

        String unit() {
            return unit;
        }

        void ship(BigDecimal quantityInLineUnit) {
            shippedQuantity = shippedQuantity == null ? quantityInLineUnit : shippedQuantity.add(quantityInLineUnit);
        }

        RegisteredPermit.Line view() {
            return new RegisteredPermit.Line(index, scientificName, term, quantity.stripTrailingZeros(), unit, source,
                    shippedQuantity == null ? null : shippedQuantity.stripTrailingZeros());
        }
    }
}
