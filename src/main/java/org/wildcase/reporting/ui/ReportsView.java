package org.wildcase.reporting.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.wildcase.reporting.AnnualIllegalTradeReport;
import org.wildcase.security.CurrentUser;
import org.wildcase.security.Roles;
import org.wildcase.security.WildcaseUser;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/** Reports for managers: the CITES Annual Illegal Trade Report of a chosen year, as an XLSX download. */
@Menu(order = 45, title = "reports.menu")
@Route("reports")
@RolesAllowed(Roles.MANAGER)
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private final AnnualIllegalTradeReport aitr;
    private final WildcaseUser user;
    private final Select<Integer> year = new Select<>();
    private final Anchor download = new Anchor();

    ReportsView(AnnualIllegalTradeReport aitr, CurrentUser currentUser) {
        this.aitr = aitr;
        this.user = currentUser.require();
        setMaxWidth("900px");
        year.setId("aitr-year");
        year.setLabel(getTranslation("reports.aitr.year"));
        year.setItems(aitr.years());
        year.setValue(year.getListDataView().getItem(0));
        year.addValueChangeListener(e -> link());
        download.setId("aitr-download");
        link();
        HorizontalLayout choose = new HorizontalLayout(year, download);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("reports.title")), new H3(getTranslation("reports.aitr")),
                new Paragraph(getTranslation("reports.aitr.explain")), choose);
    }

    /** Points the link at the chosen year's report; it is made when the link is followed. */
    private void link() {
        Integer chosen = year.getValue();
        if (chosen == null) {
            download.setEnabled(false);
            return;
        }
        int y = chosen;
        WildcaseUser who = user;
        download.setEnabled(true);
        download.setText(getTranslation("reports.aitr.download", String.valueOf(y)));
        download.setHref(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                aitr.write(y, who, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), AnnualIllegalTradeReport.fileName(y),
                    AnnualIllegalTradeReport.MEDIA_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " | Wildcase";
    }
}
