package org.wildcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wildcase.CaseApi;
import org.wildcase.WildcaseTest;
import org.xml.sax.InputSource;

/** The case's process drawn from the real engine: where the case is now, where it has been, and the rest. */
@WildcaseTest
class CaseDiagramTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseDiagram diagram;

    CaseApi api;

    @BeforeEach
    void api() {
        api = new CaseApi(mvc);
    }

    @Test
    void a_new_case_is_drawn_waiting_at_the_expertise_with_the_start_behind_it() throws Exception {
        String n = api.open("officer.bishkek", false);

        Document svg = parse(diagram.svg(n).orElseThrow());

        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("viewBox")).matches("-?[\\d.]+ -?[\\d.]+ [\\d.]+ [\\d.]+");
        assertThat(root.getAttribute("aria-label")).contains(n).contains("Identify species and assess permits");
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent()).contains(n);
        assertThat(classes(svg, "IdentifySpecies")).contains("active");
        assertThat(classes(svg, "StartEvent_SeizureRegistered")).contains("done");
        assertThat(classes(svg, "Task_PreCheck")).contains("done");
        assertThat(classes(svg, "Flow_ToPreCheck")).contains("done");
        assertThat(classes(svg, "ReleaseConsignment")).contains("idle");
        assertThat(classes(svg, "Flow_NoViolation")).contains("idle");
        assertThat(classes(svg, "SubProcess_Withdrawal")).contains("idle", "wc-event-subprocess");
        assertThat(classes(svg, "Gateway_ExpertiseConclusion")).contains("wc-exclusive-gateway");
        assertThat(classes(svg, "Timer_ExpertiseOverdue")).contains("wc-boundary-event");
    }

    @Test
    void every_shape_and_flow_of_the_model_is_drawn_once_with_one_mark() throws Exception {
        Document svg = parse(diagram.svg(api.open("officer.bishkek", false)).orElseThrow());

        NodeList marked = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[@data-element-id]", svg, XPathConstants.NODESET);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < marked.getLength(); i++) {
            Element e = (Element) marked.item(i);
            ids.add(e.getAttribute("data-element-id"));
            assertThat(List.of(e.getAttribute("class").split(" ")))
                    .as(e.getAttribute("data-element-id"))
                    .containsAnyOf("active", "done", "idle")
                    .satisfiesOnlyOnce(c -> assertThat(c).isIn("active", "done", "idle"));
        }
        assertThat(ids).doesNotHaveDuplicates()
                .contains("IdentifySpecies", "ReleaseConsignment", "EndEvent_Released", "Flow_Withdrawn",
                        "StartEvent_CaseWithdrawn", "Timer_PaymentOverdue", "Gateway_SplitLiveBranch");
        assertThat(svg.getElementsByTagNameNS("*", "marker").getLength()).isEqualTo(3);
    }

    @Test
    void after_no_violation_the_release_is_active_and_the_expertise_done() throws Exception {
        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, TaskKeys.IDENTIFY_SPECIES, """
                {"conclusion": "NO_VIOLATION", "opinion": "Captive-bred, papers in order"}""")
                .andExpect(status().isOk());

        Document svg = parse(diagram.svg(n).orElseThrow());

        assertThat(classes(svg, "ReleaseConsignment")).contains("active");
        assertThat(classes(svg, "IdentifySpecies")).contains("done");
        assertThat(classes(svg, "Gateway_ExpertiseConclusion")).contains("done");
        assertThat(classes(svg, "Flow_NoViolation")).contains("done");
        assertThat(classes(svg, "QualifyOffence")).contains("idle");
        assertThat(classes(svg, "Flow_Violation")).contains("idle");
    }

    @Test
    void an_ended_case_is_still_drawn_from_its_history_with_nothing_active() throws Exception {
        String n = api.open("officer.bishkek", false);
        api.complete("expert", n, TaskKeys.IDENTIFY_SPECIES, "{\"conclusion\": \"NO_VIOLATION\"}")
                .andExpect(status().isOk());
        api.complete("officer.bishkek", n, TaskKeys.RELEASE_CONSIGNMENT, "{\"note\": \"Gate 3\"}")
                .andExpect(status().isOk());

        String svg = diagram.svg(n).orElseThrow();

        assertThat(classes(parse(svg), "EndEvent_Released")).contains("done");
        assertThat(classes(parse(svg), "ReleaseConsignment")).contains("done");
        assertThat(svg).doesNotContain(" active\"");
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void the_diagram_speaks_the_readers_language_in_its_labels_titles_and_accessible_name() throws Exception {
        String n = api.open("officer.bishkek", false);
        java.util.Locale ru = java.util.Locale.forLanguageTag("ru");

        String svg = diagram.svg(n, (key, args) -> messages.getMessage(key, args, ru)).orElseThrow();

        assertThat(svg).contains(messages.getMessage("task.IdentifySpecies", null, ru).split(" ")[0])
                .contains("<title>" + messages.getMessage("diagram.Flow_Violation", null, ru) + "</title>")
                .doesNotContain("Identify species", "Seizure case", "Violation<");
        assertThat(parse(svg).getDocumentElement().getAttribute("aria-label")).startsWith(
                messages.getMessage("diagram.SeizureCase", null, ru) + ", дело " + n + ": сейчас — ");
    }

    @Test
    void every_named_element_of_the_drawn_model_has_a_label_in_the_translation_files() throws Exception {
        String model = java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/seizure-case.bpmn"));
        java.util.regex.Matcher named = java.util.regex.Pattern.compile(
                "<bpmn:(?!message\\b)\\w+ id=\"([^\"]+)\"[^>]*?name=\"").matcher(model);
        java.util.Set<String> missing = new java.util.TreeSet<>();
        while (named.find()) {
            String key = "diagram." + named.group(1);
            if (messages.getMessage(key, null, null, java.util.Locale.ENGLISH) == null) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void an_unknown_case_has_no_diagram() {
        assertThat(diagram.svg("BIS-1999-99999")).isEmpty();
        assertThat(diagram.svg("")).isEmpty();
        assertThat(diagram.svg(null)).isEmpty();
    }

    @Test
    void names_are_wrapped_to_their_box_and_escaped_as_xml() {
        assertThat(DiagramLayout.wrap("Identify species and assess permits", 88, 12, 3))
                .containsExactly("Identify species", "and assess", "permits");
        assertThat(DiagramLayout.wrap("a b c d e f g h i j k l m n o p", 30, 12, 2)).hasSize(2)
                .last().asString().endsWith("\u2026");
        assertThat(DiagramLayout.esc("<Tom & \"Jerry's\">")).isEqualTo("&lt;Tom &amp; &quot;Jerry&#39;s&quot;&gt;");
    }

    private static List<String> classes(Document svg, String elementId) throws Exception {
        Element e = (Element) XPathFactory.newInstance().newXPath()
                .evaluate("//*[@data-element-id='" + elementId + "']", svg, XPathConstants.NODE);
        assertThat(e).as("shape of " + elementId).isNotNull();
        return List.of(e.getAttribute("class").split(" "));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
