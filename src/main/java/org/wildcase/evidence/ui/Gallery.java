package org.wildcase.evidence.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.wildcase.evidence.CaseEvidence;
import org.wildcase.security.WildcaseUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The photos and scans of one specimen line or one document, as thumbnails beside it in a task form; a click shows
 * them all full size side by side (the front and back of a permit next to each other), each with a zoom to its
 * natural size. PDFs open in a new tab. Every file is read through its hash check.
 */
public class Gallery extends FlexLayout {

    private final transient CaseEvidence evidence;
    private final String caseNumber;
    private final WildcaseUser user;
    private final List<CaseEvidence.Attachment> files;

    public Gallery(CaseEvidence evidence, String caseNumber, WildcaseUser user, List<CaseEvidence.Attachment> files) {
        this.evidence = evidence;
        this.caseNumber = caseNumber;
        this.user = user;
        this.files = files;
        addClassName("evidence-gallery");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        files.forEach(a -> add(thumbnail(a)));
    }

    private Component thumbnail(CaseEvidence.Attachment a) {
        String name = a.caption() != null ? a.caption() : a.fileName();
        Button show = new Button();
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        show.getElement().setAttribute("aria-label", getTranslation("evidence.show", name));
        show.getStyle().set("height", "auto").set("padding", "0");
        if (a.thumbnail()) {
            Image image = new Image(DownloadHandler.fromInputStream(event -> {
                byte[] t = evidence.thumbnail(caseNumber, a.id(), user).orElse(new byte[0]);
                return new DownloadResponse(new ByteArrayInputStream(t), "thumbnail.jpg", "image/jpeg", t.length);
            }), name);
            image.setHeight("96px");
            show.setIcon(image);
        } else {
            show.setIcon(VaadinIcon.FILE_O.create());
            show.setText(a.fileName());
        }
        show.addClickListener(e -> open());
        return show;
    }

    /** All files of this line or document, full size, side by side. */
    Dialog open() {
        Dialog viewer = new Dialog(getTranslation("evidence.viewer"));
        viewer.setWidth("95vw");
        viewer.setHeight("90vh");
        FlexLayout row = new FlexLayout();
        row.getStyle().set("gap", "var(--lumo-space-m)").set("overflow", "auto");
        for (CaseEvidence.Attachment a : files) {
            Div frame = new Div();
            frame.getStyle().set("flex", "1 1 0").set("min-width", "280px").set("overflow", "auto");
            String name = a.caption() != null ? a.caption() : a.fileName();
            if (a.contentType().startsWith("image/") && a.thumbnail()) {
                Image full = new Image(DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = evidence.read(caseNumber, a.id(), user).content();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), a.fileName(), a.contentType(),
                            bytes.length);
                }), name);
                full.setWidth("100%");
                Button zoom = new Button(getTranslation("evidence.zoom"), VaadinIcon.SEARCH_PLUS.create());
                zoom.addClickListener(e -> {
                    boolean fitted = "100%".equals(full.getWidth());
                    full.setWidth(fitted ? null : "100%");
                    zoom.setText(getTranslation(fitted ? "evidence.fit" : "evidence.zoom"));
                });
                frame.add(new Span(name), zoom, full);
            } else {
                Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = evidence.read(caseNumber, a.id(), user).content();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), a.fileName(), a.contentType(),
                            bytes.length);
                }), getTranslation("evidence.open", a.fileName()));
                open.setTarget("_blank");
                frame.add(new Span(name), new Div(open));
            }
            row.add(frame);
        }
        Button close = new Button(getTranslation("evidence.close"), e -> viewer.close());
        viewer.getFooter().add(close);
        viewer.add(row);
        viewer.open();
        return viewer;
    }
}
