package org.wildcase.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Shown for an unknown location and for a view the user may not open: Vaadin's access control passes a denied view
 * on as "not found", so one page answers both without telling an outsider which views exist. It sits in the shell,
 * so the menu and the way back stay.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    NotFoundView() {
        H2 title = new H2(getTranslation("notFound.title"));
        title.setId("not-found-title");
        Paragraph text = new Paragraph(getTranslation("notFound.text"));
        text.setId("not-found-text");
        Anchor back = new Anchor("", getTranslation("notFound.back"));
        back.setId("not-found-back");
        add(title, text, back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title") + " | Wildcase";
    }
}
