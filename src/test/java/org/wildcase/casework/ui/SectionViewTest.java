package org.wildcase.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A section's table reads each row's record by column; a null component is an empty cell, not a failure. */
class SectionViewTest {

    record Disposal(int specimenIndex, String method, String destination) {
    }

    @Test
    void a_null_value_in_a_row_is_an_empty_cell() {
        Disposal d = new Disposal(0, "DESTRUCTION", null);

        assertThat(SectionView.valueOf(d, "method")).isEqualTo("DESTRUCTION");
        assertThat(SectionView.valueOf(d, "destination")).isNull();
        assertThat(SectionView.valueOf(d, "noSuchColumn")).isNull();
    }
}
