package org.wildcase.workflow.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.ui.MenuEntries.MenuEntry;

@Configuration
class WorkflowMenu {

    @Bean
    MenuEntry holidaysMenu() {
        return new MenuEntry(920, "menu.holidays", HolidaysView.class);
    }
}
