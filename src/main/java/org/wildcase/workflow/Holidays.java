package org.wildcase.workflow;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Holidays extends JpaRepository<Holiday, LocalDate> {

    List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    List<Holiday> findAllByOrderByDay();
}
