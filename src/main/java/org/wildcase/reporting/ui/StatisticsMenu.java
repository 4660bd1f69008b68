package org.wildcase.reporting.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wildcase.ui.MenuEntries;

@Configuration
class StatisticsMenu {

    @Bean
    MenuEntries.MenuEntry statisticsMenuEntry() {
        return new MenuEntries.MenuEntry(45, "menu.statistics", StatisticsView.class);
    }
}
