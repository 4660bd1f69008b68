package org.wildcase.operations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.audit.AuditTrail;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

/** The audit trail in the UI: managers read it, filtered by case; admins also verify its chain; officers may not. */
class AuditViewTest extends ViewTest {

    @Autowired
    MockMvc mvc;

    @Test
    @SuppressWarnings("unchecked")
    void a_manager_reads_a_cases_entries_in_order_without_the_verification() throws Exception {
        String number = new CaseApi(mvc).open("officer.bishkek", false);
        login("manager");
        AuditView view = navigate(AuditView.class);
        view.caseNumber.setValue(number);
        Grid<AuditTrail.Entry> grid = _get(Grid.class, s -> s.withId("audit-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).action()).isEqualTo("CASE_REGISTERED");
        assertThat(GridKt._getFormatted(grid, 0, "action")).isEqualTo("Case registered");
        _assertNone(Button.class, s -> s.withId("audit-verify"));
    }

    @Test
    void an_admin_verifies_the_chain() {
        login("admin");
        navigate(AuditView.class);
        _click(_get(Button.class, s -> s.withId("audit-verify")));
        assertThat(_get(Span.class, s -> s.withId("audit-verdict")).getText()).startsWith("The chain holds:");
    }

    @Test
    void a_customs_officer_may_not_open_it() {
        login("officer.bishkek");
        assertDenied(AuditView.class);
    }
}
