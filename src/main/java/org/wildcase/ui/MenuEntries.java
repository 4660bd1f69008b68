package org.wildcase.ui;

import java.util.List;

import com.vaadin.flow.component.Component;

/**
 * The menu, collected from the modules' {@link MenuEntry} beans so the shell needs no knowledge of their views.
 */
@org.springframework.stereotype.Component
public class MenuEntries {

    private final List<MenuEntry> entries;

    MenuEntries(List<MenuEntry> entries) {
        this.entries = entries.stream().sorted(java.util.Comparator.comparingInt(MenuEntry::order)).toList();
    }

    List<MenuEntry> entries() {
        return entries;
    }

    /** One menu item: the view it opens and its translation key. Access follows the view's own annotations. */
    public record MenuEntry(int order, String labelKey, Class<? extends Component> view) {
    }
}
