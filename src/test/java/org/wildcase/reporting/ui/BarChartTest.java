package org.wildcase.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void a_long_species_label_is_shortened_to_its_room_left_of_the_bars_and_kept_whole_in_the_title() {
        String label = "Acipenser gueldenstaedtii (Russian sturgeon, Danube sturgeon)";
        String svg = BarChart.horizontal("species", "Species", "Cases", List.of(new BarChart.Bar(label, 3, "3")));

        Matcher text = Pattern.compile("<text x=\"(\\d+)\"[^>]*text-anchor=\"end\"[^>]*>([^<]*)</text>").matcher(svg);
        assertThat(text.find()).isTrue();
        int right = Integer.parseInt(text.group(1));
        String shown = text.group(2);
        // Right-aligned at x = right: at about 7 px a character the text must start at or after x = 0.
        assertThat(right - shown.length() * 7).isGreaterThanOrEqualTo(0);
        assertThat(shown).endsWith("…").startsWith("Acipenser gueldenstaedtii");
        assertThat(svg).contains("<title>" + label + ": 3</title>");
    }
}
