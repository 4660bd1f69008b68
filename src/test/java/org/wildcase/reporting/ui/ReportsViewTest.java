package org.wildcase.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The managers' reports page and the case file's PDF link. */
class ReportsViewTest extends ViewTest {

    @Autowired
    MockMvc mvc;

    private List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void a_manager_chooses_a_year_and_gets_a_download_link() throws Exception {
        login("manager");
        assertThat(menu()).contains("reports");
        navigate(ReportsView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, s -> s.withId("aitr-year"));
        int thisYear = LocalDate.now(ZoneId.of("Asia/Bishkek")).getYear();
        assertThat(year.getValue()).isEqualTo(thisYear);
        assertThat(year.getListDataView().getItems().toList()).startsWith(thisYear);
        Anchor link = _get(Anchor.class, s -> s.withId("aitr-download"));
        assertThat(link.getText()).isEqualTo("Download the report for " + thisYear + " (XLSX)");
        assertThat(link.getHref()).isNotBlank();
        assertThat(link.getElement().getAttribute("download")).isNotNull();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DownloadKt._download(link)))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Case number");
        }
        if (year.getListDataView().getItemCount() > 1) {
            Integer earlier = year.getListDataView().getItem(1);
            HasValueUtilsKt._setValue(year, earlier);
            assertThat(link.getText()).contains(String.valueOf(earlier));
        }
    }

    @Test
    void nobody_else_opens_the_reports() {
        for (String user : List.of("officer.bishkek", "expert", "lawyer", "permits", "admin")) {
            login(user);
            assertThat(menu()).doesNotContain("reports");
            assertDenied(ReportsView.class);
            logout();
        }
    }

    @Test
    void the_case_file_offers_its_pdf_to_whoever_sees_it() throws Exception {
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        for (String user : List.of("officer.bishkek", "manager", "expert")) {
            login(user);
            navigate("cases/" + n);
            Anchor pdf = _get(Anchor.class, s -> s.withId("case-download-pdf"));
            assertThat(pdf.getText()).isEqualTo("Download PDF");
            assertThat(pdf.getHref()).isNotBlank();
            byte[] bytes = DownloadKt._download(pdf);
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            PdfReader reader = new PdfReader(bytes);
            try {
                assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Case " + n);
            } finally {
                reader.close();
            }
            logout();
        }
    }
}
