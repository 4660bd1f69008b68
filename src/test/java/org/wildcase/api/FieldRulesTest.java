package org.wildcase.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bean Validation answered as the API's field errors: JSON paths, stable English, one error per field. */
class FieldRulesTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Line(@NotBlank @Size(max = 5) String name,
            @DecimalMax(FieldRules.MAX_QUANTITY) @Digits(integer = 13, fraction = 6) BigDecimal quantity) {
    }

    record Body(@Size(max = 2) List<@NotNull @Valid Line> lines, @DateWithin(from = "1975-01-01") LocalDate day,
            @Size(max = 3) List<@NotNull @Size(max = 2) String> codes) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<FieldError> errors(Body body) {
        return FieldRules.of(VALIDATOR, body);
    }

    @Test
    void a_null_element_is_named_by_its_index_without_the_container_node() {
        assertThat(errors(new Body(Arrays.asList(new Line("a", null), null), null, Arrays.asList("KG", null))))
                .containsExactly(new FieldError("codes[1]", FieldRules.NULL_ELEMENT),
                        new FieldError("lines[1]", FieldRules.NULL_ELEMENT));
    }

    @Test
    void a_text_too_long_names_its_limit_and_an_element_its_path() {
        assertThat(errors(new Body(List.of(new Line("abcdef", null)), null, List.of("KGZ"))))
                .containsExactly(new FieldError("codes[0]", "is too long: at most 2 characters"),
                        new FieldError("lines[0].name", "is too long: at most 5 characters"));
        assertThat(FieldRules.TOO_LONG_PATTERN.matcher("is too long: at most 5 characters").matches()).isTrue();
    }

    @Test
    void each_common_error_also_carries_its_words_for_the_forms_and_the_words_do_not_change_the_error() {
        List<FieldError> found = errors(new Body(List.of(new Line("abcdef", new BigDecimal("1.1234567")),
                new Line(" ", null), new Line("c", null)), null, null));

        assertThat(found).extracting(FieldError::field, FieldError::words).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lines", Phrase.of("validation.maxEntries", 2)),
                org.assertj.core.groups.Tuple.tuple("lines[0].name", Phrase.of("validation.tooLong", 5)),
                org.assertj.core.groups.Tuple.tuple("lines[0].quantity", Phrase.of("validation.digits", 13, 6)),
                org.assertj.core.groups.Tuple.tuple("lines[1].name", Phrase.of("validation.required")));
        // The API's error is its field and message; the words are only how a form reads it.
        assertThat(found.get(1)).isEqualTo(new FieldError("lines[0].name", "is too long: at most 5 characters"))
                .hasSameHashCodeAs(new FieldError("lines[0].name", "is too long: at most 5 characters"));
    }

    @Test
    void a_list_too_long_and_a_blank_text_are_worded_for_the_caller() {
        assertThat(errors(new Body(List.of(new Line(" ", null), new Line("a", null), new Line("b", null)), null,
                null))).containsExactly(new FieldError("lines", "may hold at most 2 entries"),
                        new FieldError("lines[0].name", FieldRules.REQUIRED));
    }

    @Test
    void a_number_beyond_the_column_breaks_both_bounds_and_merge_names_the_field_once() {
        List<FieldError> errors = errors(new Body(List.of(new Line("a", new BigDecimal("1e400"))), null, null));
        assertThat(errors).extracting(FieldError::field).containsExactly("lines[0].quantity", "lines[0].quantity");
        assertThat(FieldRules.merge(errors, List.of(new FieldError("lines[0].quantity", "later rule"))))
                .containsExactly(new FieldError("lines[0].quantity",
                        "may have at most 13 digits before the point and 6 after it"));
    }

    @Test
    void a_day_outside_its_bounds_says_them() {
        assertThat(errors(new Body(null, LocalDate.parse("+99999-01-01"), null)))
                .containsExactly(new FieldError("day", "must lie between 1975-01-01 and 2100-12-31"));
        assertThat(errors(new Body(null, LocalDate.of(1975, 1, 1), null))).isEmpty();
        assertThat(errors(new Body(null, LocalDate.of(1974, 12, 31), null))).hasSize(1);
    }

    @Test
    void require_throws_a_400_with_every_field() {
        assertThatThrownBy(() -> FieldRules.require(VALIDATOR, new Body(Arrays.asList((Line) null), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("lines[0]", FieldRules.NULL_ELEMENT)));
        FieldRules.require(VALIDATOR, new Body(List.of(), LocalDate.of(2000, 1, 1), List.of()));
    }
}
