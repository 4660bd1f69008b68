package org.wildcase.workflow;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public holiday of the calendar an admin keeps: no working day. */
@Entity
@Table(name = "holiday")
class Holiday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate day;

    @Column(nullable = false)
    private String name;

    protected Holiday() {
    }

    Holiday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    LocalDate day() {
        return day;
    }

    String name() {
        return name;
    }
}
