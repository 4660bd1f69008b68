package org.wildcase.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.wildcase.CaseApi;
import org.wildcase.Requests;
import org.wildcase.ui.ViewTest;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The case file shows each exhibit's chain of custody as a timeline: where it is now, then every hand-over. */
class CustodyTimelineTest extends ViewTest {

    @Autowired
    MockMvc mvc;

    @Test
    void an_exhibits_hand_overs_read_as_a_timeline_ending_where_it_is_now() throws Exception {
        String n = new CaseApi(mvc).open("officer.bishkek", false);
        for (String[] step : new String[][] {{"Customs store Manas", "Laboratory", "3"}, {"Laboratory", "Court", "2"}}) {
            mvc.perform(Requests.post("officer.bishkek", "/api/cases/{n}/custody", """
                    {"specimenIndex": 0, "quantity": %s, "from": "%s", "to": "%s", "handedOverBy": "Sgt. Asanov",
                     "receivedBy": "Dr. Bekova", "at": "2026-11-21T10:00:00+06:00", "reason": "For DNA analysis"}"""
                    .formatted(step[2], step[0], step[1]), n)).andExpect(status().isCreated());
        }
        login("expert");
        navigate("cases/" + n);
        VerticalLayout chains = _get(VerticalLayout.class, s -> s.withId("case-custody-chains"));
        assertThat(BasicUtilsKt.get_textRecursively(chains)).contains(n + "/E1: now with Court (2)");
        OrderedList timeline = _get(OrderedList.class, s -> s.withId("case-custody-1"));
        assertThat(timeline.getChildren().map(BasicUtilsKt::get_textRecursively).toList()).hasSize(2)
                .first().asString().contains("3 from Customs store Manas to Laboratory")
                .contains("handed over by Sgt. Asanov, received by Dr. Bekova").contains("For DNA analysis");
    }
}
