package org.wildcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void a_route_reads_origin_transit_destination_with_a_dash_for_what_is_not_known_and_nothing_when_empty() {
        assertThat(Formats.route("KG", List.of("KZ"), "CN")).isEqualTo("KG → KZ → CN");
        assertThat(Formats.route("KG", null, null)).isEqualTo("KG → —");
        assertThat(Formats.route(null, List.of(), null)).as("no \"? → ?\"").isNull();
    }

    @Test
    void a_quantity_is_the_amount_and_its_unit_without_the_trade_term() {
        assertThat(Formats.quantity(new BigDecimal("3.000"), null)).isEqualTo("3");
        assertThat(Formats.quantity(new BigDecimal("2.5"), "KIL")).isEqualTo("2.5 KIL");
    }
}
