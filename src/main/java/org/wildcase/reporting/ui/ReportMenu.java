package org.wildcase.reporting.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.ui.MenuEntries.MenuEntry;

@Configuration
class ReportMenu {

    @Bean
    MenuEntry reportsMenu() {
        return new MenuEntry(45, "reports.menu", ReportsView.class);
    }
}
