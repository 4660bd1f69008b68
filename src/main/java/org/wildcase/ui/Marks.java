package org.wildcase.ui;

import com.vaadin.flow.component.html.Span;

/**
 * Marks that draw attention, styled inline with Lumo's colours: the prebuilt front-end bundle has no badge styles,
 * and a custom one cannot be built here. The mark is always words as well as colour.
 */
public final class Marks {

    private Marks() {
    }

    /** Something late or wrong, such as an overdue task or a violation. */
    public static Span alert(Span span) {
        span.getStyle().set("color", "var(--lumo-error-text-color)").set("background",
                "var(--lumo-error-color-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-xs)").set("font-weight", "600");
        span.addClassName("alert");
        return span;
    }
}
