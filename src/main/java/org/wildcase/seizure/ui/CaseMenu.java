package org.wildcase.seizure.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.ui.MenuEntries;

@Configuration
class CaseMenu {

    @Bean
    MenuEntries.MenuEntry tasksMenu() {
        return new MenuEntries.MenuEntry(10, "menu.tasks", TaskListView.class);
    }

    @Bean
    MenuEntries.MenuEntry casesMenu() {
        return new MenuEntries.MenuEntry(30, "menu.cases", CaseListView.class);
    }

    @Bean
    MenuEntries.MenuEntry overviewMenu() {
        return new MenuEntries.MenuEntry(40, "menu.overview", OverviewView.class);
    }
}
