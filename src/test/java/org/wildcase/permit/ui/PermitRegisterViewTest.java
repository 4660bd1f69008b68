package org.wildcase.permit.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wildcase.permit.DocumentType;
import org.wildcase.permit.PermitRegister;
import org.wildcase.permit.PermitRegistration;
import org.wildcase.permit.PermitStatus;
import org.wildcase.permit.RegisteredPermit;
import org.wildcase.species.Purpose;
import org.wildcase.species.Source;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The permit register as permit officers keep it and everyone else reads it: recording through the register's own
 * validation with the errors at their fields, cancelling, and what happens when someone else was quicker.
 */
class PermitRegisterViewTest extends ViewTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final ZoneId HOME = ZoneId.of("Asia/Bishkek");

    @Autowired
    PermitRegister register;

    @Autowired
    JdbcClient jdbc;

    static String number() {
        return "KG/UI/" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }

    long stored() {
        return jdbc.sql("select count(*) from permit").query(Long.class).single();
    }

    static LocalDate today() {
        return LocalDate.now(HOME);
    }

    static <C extends Component> C byId(Class<C> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static Grid<RegisteredPermit> grid() {
        return _get(Grid.class, spec -> spec.withId("permits-grid"));
    }

    static List<RegisteredPermit> rows(Grid<RegisteredPermit> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    static int row(Grid<RegisteredPermit> grid, String number) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).number().equals(number))
                .findFirst().orElseThrow(() -> new AssertionError(number + " is not in the grid"));
    }

    static String text(Component c) {
        return BasicUtilsKt.get_textRecursively(c);
    }

    /** The error message each bound field of the open form shows, by id. */
    static Map<String, String> invalidFields() {
        VerticalLayout form = byId(VerticalLayout.class, "permit-form");
        return java.util.stream.StreamSupport.stream(com.github.mvysny.kaributesting.v10.LocatorKt._walkAll(form).spliterator(), false)
                .filter(c -> c instanceof HasValidation v && v.isInvalid() && c.getId().isPresent())
                .collect(Collectors.toMap(c -> c.getId().orElseThrow(),
                        c -> String.valueOf(((HasValidation) c).getErrorMessage())));
    }

    RegisteredPermit recorded(String number, DocumentType type) {
        return register.record(new PermitRegistration(number, type, today().minusDays(3), null, null,
                "Altyn Tuiak LLC", "KG", "KG-S-77", Purpose.T, List.of(
                        new PermitRegistration.Line("Falco cherrug", "LIV", new BigDecimal("4"), null, Source.C),
                        new PermitRegistration.Line("Acipenser baerii", "CAV", new BigDecimal("2"), "KIL",
                                Source.C))), "permits");
    }

    void fillHeader(String number, String type) {
        _setValue(byId(TextField.class, "permit-number"), number);
        ComboBoxKt.selectByLabel(combo("permit-type"), type);
        _setValue(byId(DatePicker.class, "permit-issued-on"), today().minusDays(1));
        _setValue(byId(TextField.class, "permit-holder"), "Sokol Trade LLC");
    }

    void fillLine(int i, String species, String term, String quantity, String unit) {
        _setValue(combo("permit-line-species-" + i), species);
        ComboBoxKt.selectByLabel(combo("permit-line-term-" + i), term);
        _setValue(byId(BigDecimalField.class, "permit-line-quantity-" + i), new BigDecimal(quantity));
        if (unit != null) {
            ComboBoxKt.selectByLabel(combo("permit-line-unit-" + i), unit);
        }
    }

    void select(String number) {
        Grid<RegisteredPermit> grid = grid();
        grid.select(GridKt._get(grid, row(grid, number)));
    }

    static List<String> menuPaths() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void a_permit_officer_registers_a_permit_with_two_lines_and_finds_it_in_the_grid() {
        login("permits");
        assertThat(menuPaths()).contains("permits");
        navigate(PermitRegisterView.class);
        _click(byId(Button.class, "permits-new"));
        String n = number();
        fillHeader(n, "Export permit");
        assertThat(byId(DatePicker.class, "permit-valid-until").getHelperText())
                .as("empty means the CITES maximum, and the helper names that day").contains("6 months");
        assertThat(combo("permit-country").getValue()).as("the home country by default").isEqualTo("KG");
        ComboBoxKt.selectByLabel(combo("permit-purpose"), "T — commercial");
        _setValue(byId(TextField.class, "permit-security-stamp"), "KG-S-1001");
        fillLine(0, "Falco cherrug", "LIV — live", "4", null);
        ComboBoxKt.selectByLabel(combo("permit-line-source-0"), "C — bred in captivity");
        _click(byId(Button.class, "permit-add-line"));
        fillLine(1, "Acipenser baerii", "CAV — caviar", "1.5", "KIL — kilograms");
        long before = stored();
        NotificationsKt.clearNotifications();

        _click(byId(Button.class, "permit-save"));

        assertThat(stored()).isEqualTo(before + 1);
        NotificationsKt.expectNotifications("Permit " + n + " is in the register.");
        _assertNone(Button.class, s -> s.withId("permit-save"));
        Grid<RegisteredPermit> grid = grid();
        assertThat(GridKt._get(grid, 0).number()).as("newest first").isEqualTo(n);
        assertThat(GridKt._getFormatted(grid, 0, "type")).isEqualTo("Export permit");
        assertThat(GridKt._getFormatted(grid, 0, "holder")).isEqualTo("Sokol Trade LLC");
        assertThat(text(GridKt._getCellComponent(grid, 0, "status"))).isEqualTo("Valid");

        RegisteredPermit saved = register.find(n).orElseThrow();
        assertThat(saved.validUntil()).as("empty: the CITES maximum").isEqualTo(today().minusDays(1).plusMonths(6));
        assertThat(saved.country()).isEqualTo("KG");
        assertThat(saved.lines()).extracting(RegisteredPermit.Line::scientificName, RegisteredPermit.Line::term,
                RegisteredPermit.Line::quantity, RegisteredPermit.Line::unit, RegisteredPermit.Line::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Falco cherrug", "LIV", new BigDecimal("4"), null,
                                Source.C),
                        org.assertj.core.groups.Tuple.tuple("Acipenser baerii", "CAV", new BigDecimal("1.5"), "KIL",
                                null));
        // The new permit is selected and its details shown.
        assertThat(text(byId(Span.class, "permit-details-status"))).isEqualTo("Valid");
        @SuppressWarnings("unchecked")
        Grid<RegisteredPermit.Line> lines = _get(Grid.class, s -> s.withId("permit-lines"));
        assertThat(GridKt._size(lines)).isEqualTo(2);
        assertThat(GridKt._getFormatted(lines, 1, "quantity")).isEqualTo("1.5 KIL");

        _setValue(byId(TextField.class, "permits-search"), n.substring(3).toLowerCase());
        assertThat(rows(grid)).extracting(RegisteredPermit::number).containsExactly(n);
    }

    @Test
    void an_empty_form_puts_every_error_next_to_its_field_and_stores_nothing() {
        login("permits");
        navigate(PermitRegisterView.class);
        _click(byId(Button.class, "permits-new"));
        long before = stored();

        _click(byId(Button.class, "permit-save"));

        assertThat(stored()).isEqualTo(before);
        assertThat(invalidFields()).containsOnlyKeys("permit-number", "permit-type", "permit-issued-on",
                "permit-line-species-0", "permit-line-term-0", "permit-line-quantity-0")
                .allSatisfy((id, message) -> assertThat(message).isEqualTo("is required"));
        assertThat(_find(Component.class, s -> s.withId("permit-errors-unplaced"))).as("nothing left unplaced")
                .isEmpty();
        assertThat(text(byId(com.vaadin.flow.component.html.Div.class, "permit-errors")))
                .contains("6 problem(s)").contains("Nothing was stored");

        // A second line with a bad quantity, a future issue date and a start before the issue date.
        fillHeader(number(), "Import permit");
        _setValue(byId(DatePicker.class, "permit-issued-on"), today().plusDays(2));
        _setValue(byId(DatePicker.class, "permit-valid-from"), today());
        fillLine(0, "Panthera uncia", "SKI — skins", "2", null);
        _click(byId(Button.class, "permit-add-line"));
        fillLine(1, "Ovis ammon", "TRO — trophies", "0", null);

        _click(byId(Button.class, "permit-save"));

        assertThat(stored()).isEqualTo(before);
        assertThat(invalidFields()).containsOnlyKeys("permit-issued-on", "permit-valid-from",
                "permit-line-quantity-1")
                .containsEntry("permit-issued-on", "may not lie in the future")
                .containsEntry("permit-valid-from", "lies before the issue date")
                .containsEntry("permit-line-quantity-1", "must be greater than 0");
    }

    @Test
    void a_number_already_in_the_register_is_refused_at_the_number_field() {
        String n = number();
        recorded(n, DocumentType.EXPORT_PERMIT);
        login("permits");
        navigate(PermitRegisterView.class);
        _click(byId(Button.class, "permits-new"));
        fillHeader(" " + n + " ", "Re-export certificate");
        fillLine(0, "Falco cherrug", "LIV — live", "1", null);
        long before = stored();

        _click(byId(Button.class, "permit-save"));

        assertThat(stored()).isEqualTo(before);
        assertThat(invalidFields()).containsExactly(Map.entry("permit-number",
                "This number is already in the register"));
        assertThat(register.find(n).orElseThrow().type()).isEqualTo(DocumentType.EXPORT_PERMIT);
    }

    @Test
    void valid_until_beyond_the_cites_maximum_is_refused_at_the_field() {
        login("permits");
        navigate(PermitRegisterView.class);
        _click(byId(Button.class, "permits-new"));
        String n = number();
        fillHeader(n, "Export permit");
        LocalDate issued = today().minusDays(1);
        _setValue(byId(DatePicker.class, "permit-valid-until"), issued.plusMonths(6).plusDays(1));
        fillLine(0, "Falco cherrug", "LIV — live", "1", null);

        _click(byId(Button.class, "permit-save"));

        assertThat(register.find(n)).isEmpty();
        assertThat(invalidFields()).containsOnlyKeys("permit-valid-until");
        assertThat(invalidFields().get("permit-valid-until")).startsWith("is beyond the CITES maximum of 6 months");

        // Exactly six months, as java.time adds them, is allowed.
        _setValue(byId(DatePicker.class, "permit-valid-until"), issued.plusMonths(6));
        _click(byId(Button.class, "permit-save"));
        assertThat(register.find(n).orElseThrow().validUntil()).isEqualTo(issued.plusMonths(6));
    }

    @Test
    void cancelling_with_a_reason_marks_the_permit_cancelled() {
        String n = number();
        recorded(n, DocumentType.EXPORT_PERMIT);
        login("permits");
        navigate(PermitRegisterView.class);
        select(n);
        assertThat(text(byId(Span.class, "permit-details-status"))).isEqualTo("Valid");

        _click(byId(Button.class, "permit-cancel"));
        _setValue(byId(TextArea.class, "permit-cancel-reason"), "Reported stolen by the holder");
        NotificationsKt.clearNotifications();
        _click(byId(Button.class, "permit-cancel-confirm"));

        RegisteredPermit cancelled = register.find(n).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(PermitStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Reported stolen by the holder");
        NotificationsKt.expectNotifications("Permit " + n + " is cancelled.");
        assertThat(text(byId(Span.class, "permit-details-status"))).isEqualTo("Cancelled");
        assertThat(text(byId(Span.class, "permit-details-reason"))).isEqualTo("Reported stolen by the holder");
        _assertNone(Button.class, s -> s.withId("permit-cancel"));
        Grid<RegisteredPermit> grid = grid();
        Span mark = (Span) GridKt._getCellComponent(grid, row(grid, n), "status");
        assertThat(text(mark)).isEqualTo("Cancelled");
        assertThat(mark.getClassNames()).as("marked in words and colour").contains("alert");

        _setValue(byId(TextField.class, "permits-search"), n);
        @SuppressWarnings("unchecked")
        Select<PermitStatus> status = _get(Select.class, s -> s.withId("permits-filter-status"));
        _setValue(status, PermitStatus.VALID);
        assertThat(GridKt._size(grid)).isZero();
        _setValue(status, PermitStatus.CANCELLED);
        assertThat(rows(grid)).extracting(RegisteredPermit::number).containsExactly(n);
    }

    @Test
    void a_permit_cancelled_or_used_by_someone_else_meanwhile_gives_a_notice_and_stays_as_it_is() {
        String cancelledElsewhere = number();
        String usedElsewhere = number();
        recorded(cancelledElsewhere, DocumentType.EXPORT_PERMIT);
        recorded(usedElsewhere, DocumentType.EXPORT_PERMIT);
        login("permits");
        navigate(PermitRegisterView.class);

        select(cancelledElsewhere);
        _click(byId(Button.class, "permit-cancel"));
        _setValue(byId(TextArea.class, "permit-cancel-reason"), "Mine");
        register.cancel(cancelledElsewhere, "Theirs", "colleague");
        NotificationsKt.clearNotifications();
        _click(byId(Button.class, "permit-cancel-confirm"));

        NotificationsKt.expectNotifications("Permit " + cancelledElsewhere
                + " was cancelled or used by someone else in the meantime, so it was not changed."
                + " It is shown as it is now.");
        assertThat(register.find(cancelledElsewhere).orElseThrow().cancelReason()).isEqualTo("Theirs");
        assertThat(text(byId(Span.class, "permit-details-status"))).isEqualTo("Cancelled");
        _assertNone(Button.class, s -> s.withId("permit-cancel-confirm"));

        select(usedElsewhere);
        _click(byId(Button.class, "permit-cancel"));
        register.recordShipment(usedElsewhere, "BIS-2026-00077",
                List.of(new PermitRegister.ShippedLine(0, new BigDecimal("3"), null)));
        NotificationsKt.clearNotifications();
        _click(byId(Button.class, "permit-cancel-confirm"));

        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        RegisteredPermit used = register.find(usedElsewhere).orElseThrow();
        assertThat(used.status()).isEqualTo(PermitStatus.USED);
        assertThat(used.cancelledAt()).isNull();
        assertThat(text(byId(Span.class, "permit-details-status"))).isEqualTo("Used");
        assertThat(text(byId(Span.class, "permit-used-by"))).isEqualTo("BIS-2026-00077");
    }

    @Test
    void an_expert_reads_the_register_with_shipped_quantities_and_the_case_but_changes_nothing() {
        String n = number();
        recorded(n, DocumentType.EXPORT_PERMIT);
        register.recordShipment(n, "OSH-2026-00012", List.of(
                new PermitRegister.ShippedLine(0, new BigDecimal("3"), null),
                new PermitRegister.ShippedLine(1, new BigDecimal("1500"), "GRM")));
        login("expert");
        navigate(PermitRegisterView.class);

        _assertNone(Button.class, s -> s.withId("permits-new"));
        select(n);
        assertThat(text(byId(Span.class, "permit-details-status"))).isEqualTo("Used");
        Anchor usedBy = byId(Anchor.class, "permit-used-by");
        assertThat(usedBy.getText()).isEqualTo("OSH-2026-00012");
        assertThat(usedBy.getHref()).isEqualTo("cases/OSH-2026-00012");
        @SuppressWarnings("unchecked")
        Grid<RegisteredPermit.Line> lines = _get(Grid.class, s -> s.withId("permit-lines"));
        assertThat(GridKt._getFormatted(lines, 0, "shipped")).isEqualTo("3");
        assertThat(GridKt._getFormatted(lines, 1, "shipped")).isEqualTo("1.5 KIL");
        _assertNone(Button.class, s -> s.withId("permit-cancel"));

        String valid = number();
        recorded(valid, DocumentType.IMPORT_PERMIT);
        PermitRegisterView view = (PermitRegisterView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        view.refresh();
        select(valid);
        assertThat(text(byId(Span.class, "permit-details-status"))).isEqualTo("Valid");
        _assertNone(Button.class, s -> s.withId("permit-cancel"));
    }

    @Test
    void a_link_opens_one_permit_in_russian() {
        String n = number();
        recorded(n, DocumentType.CERTIFICATE_OF_ORIGIN);
        login("officer.bishkek");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ru"));
        navigate("permits?number=" + n);

        assertThat(text(byId(com.vaadin.flow.component.html.H3.class, "permit-details-title")))
                .isEqualTo("Сертификат происхождения " + n);
        assertThat(text(byId(Span.class, "permit-details-status"))).isEqualTo("Действует");
    }

    @Test
    void admins_may_not_open_the_register() {
        login("admin");
        assertThat(menuPaths()).doesNotContain("permits");
        assertDenied(PermitRegisterView.class);
    }
}
