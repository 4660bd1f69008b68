package org.wildcase.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.wildcase.workflow.CaseDiagram.Mark;

/**
 * The shapes and flows of one process definition's diagram, read once from its BPMN DI, and their drawing as SVG for
 * given marks. Immutable, so one instance serves every case of the definition.
 */
final class DiagramLayout {

    private static final double MARGIN = 20;
    private static final double FONT = 12;
    private static final double LABEL_FONT = 11;
    private static final String TEXT = "#22272e";

    enum Kind {
        TASK, CALL_ACTIVITY, COLLAPSED_SUBPROCESS, SUBPROCESS, EVENT_SUBPROCESS, START_EVENT, END_EVENT,
        INTERMEDIATE_EVENT, BOUNDARY_EVENT, EXCLUSIVE_GATEWAY, PARALLEL_GATEWAY, INCLUSIVE_GATEWAY, EVENT_GATEWAY,
        GATEWAY, OTHER;

        String cssClass() {
            return "wc-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        boolean container() {
            return this == SUBPROCESS || this == EVENT_SUBPROCESS || this == OTHER;
        }

        boolean event() {
            return this == START_EVENT || this == END_EVENT || this == INTERMEDIATE_EVENT || this == BOUNDARY_EVENT;
        }

        boolean gateway() {
            return this == EXCLUSIVE_GATEWAY || this == PARALLEL_GATEWAY || this == INCLUSIVE_GATEWAY
                    || this == EVENT_GATEWAY || this == GATEWAY;
        }
    }

    enum Sign { NONE, TIMER, MESSAGE, TERMINATE }

    record Box(double x, double y, double w, double h) {

        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }
    }

    record Node(String id, Kind kind, Sign sign, boolean dashed, String name, Box box, Box label) {
    }

    record Flow(String id, String name, List<double[]> points, Box label, String source, String target) {
    }

    private final String title;
    /** The process's BPMN id, whose {@code diagram.<id>} key names the drawing. */
    private final String processId;
    private final List<Node> nodes;
    private final List<Flow> flows;
    private final Box extent;

    private DiagramLayout(String title, String processId, List<Node> nodes, List<Flow> flows) {
        this.title = title;
        this.processId = processId;
        this.nodes = List.copyOf(nodes);
        this.flows = List.copyOf(flows);
        this.extent = extent(nodes, flows);
    }

    /** Reads the first diagram of the model: the main process plane, as Camunda Modeler writes it. */
    static DiagramLayout of(BpmnModelInstance model) {
        Collection<BpmnDiagram> diagrams = model.getDefinitions().getBpmDiagrams();
        List<Node> nodes = new ArrayList<>();
        List<Flow> flows = new ArrayList<>();
        String title = "Process";
        String processId = "process";
        if (!diagrams.isEmpty() && diagrams.iterator().next().getBpmnPlane() != null) {
            BpmnPlane plane = diagrams.iterator().next().getBpmnPlane();
            if (plane.getBpmnElement() != null) {
                title = nameOf(plane.getBpmnElement(), plane.getBpmnElement().getId());
                processId = plane.getBpmnElement().getId();
            }
            for (DiagramElement element : plane.getDiagramElements()) {
                if (element instanceof BpmnShape shape && shape.getBounds() != null
                        && shape.getBpmnElement() != null) {
                    nodes.add(node(shape));
                } else if (element instanceof BpmnEdge edge && edge.getBpmnElement() != null
                        && edge.getWaypoints().size() >= 2) {
                    flows.add(flow(edge));
                }
            }
        }
        return new DiagramLayout(title, processId, nodes, flows);
    }

    private static Node node(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        Kind kind;
        boolean dashed = false;
        if (element instanceof SubProcess sub) {
            kind = !shape.isExpanded() ? Kind.COLLAPSED_SUBPROCESS
                    : sub.triggeredByEvent() ? Kind.EVENT_SUBPROCESS : Kind.SUBPROCESS;
            dashed = sub.triggeredByEvent();
        } else if (element instanceof CallActivity) {
            kind = Kind.CALL_ACTIVITY;
        } else if (element instanceof Activity) {
            kind = Kind.TASK;
        } else if (element instanceof StartEvent start) {
            kind = Kind.START_EVENT;
            dashed = !start.isInterrupting();
        } else if (element instanceof EndEvent) {
            kind = Kind.END_EVENT;
        } else if (element instanceof BoundaryEvent boundary) {
            kind = Kind.BOUNDARY_EVENT;
            dashed = !boundary.cancelActivity();
        } else if (element instanceof Event) {
            kind = Kind.INTERMEDIATE_EVENT;
        } else if (element instanceof ExclusiveGateway) {
            kind = Kind.EXCLUSIVE_GATEWAY;
        } else if (element instanceof ParallelGateway) {
            kind = Kind.PARALLEL_GATEWAY;
        } else if (element instanceof InclusiveGateway) {
            kind = Kind.INCLUSIVE_GATEWAY;
        } else if (element instanceof EventBasedGateway) {
            kind = Kind.EVENT_GATEWAY;
        } else if (element instanceof Gateway) {
            kind = Kind.GATEWAY;
        } else {
            kind = Kind.OTHER;
        }
        return new Node(element.getId(), kind, sign(element), dashed, nameOf(element, null), box(shape.getBounds()),
                label(shape.getBpmnLabel()));
    }

    private static Sign sign(BaseElement element) {
        Collection<EventDefinition> definitions = element instanceof CatchEvent c ? c.getEventDefinitions()
                : element instanceof ThrowEvent t ? t.getEventDefinitions() : List.of();
        for (EventDefinition d : definitions) {
            if (d instanceof TimerEventDefinition) {
                return Sign.TIMER;
            }
            if (d instanceof MessageEventDefinition) {
                return Sign.MESSAGE;
            }
            if (d instanceof TerminateEventDefinition) {
                return Sign.TERMINATE;
            }
        }
        return Sign.NONE;
    }

    private static Flow flow(BpmnEdge edge) {
        BaseElement element = edge.getBpmnElement();
        List<double[]> points = new ArrayList<>();
        for (Waypoint w : edge.getWaypoints()) {
            points.add(new double[] {w.getX(), w.getY()});
        }
        return new Flow(element.getId(), nameOf(element, null), points, label(edge.getBpmnLabel()),
                element.getAttributeValue("sourceRef"), element.getAttributeValue("targetRef"));
    }

    private static String nameOf(BaseElement element, String otherwise) {
        String name = element.getAttributeValue("name");
        return name == null || name.isBlank() ? otherwise : name.strip();
    }

    private static Box box(Bounds b) {
        return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    private static Box label(BpmnLabel label) {
        return label == null || label.getBounds() == null ? null : box(label.getBounds());
    }

    private static Box extent(List<Node> nodes, List<Flow> flows) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Node n : nodes) {
            include(e, n.box());
            include(e, n.label());
        }
        for (Flow f : flows) {
            f.points().forEach(p -> include(e, new Box(p[0], p[1], 0, 0)));
            include(e, f.label());
        }
        return e[0] > e[2] ? new Box(0, 0, 100, 50) : new Box(e[0], e[1], e[2] - e[0], e[3] - e[1]);
    }

    private static void include(double[] e, Box b) {
        if (b != null) {
            e[0] = Math.min(e[0], b.x());
            e[1] = Math.min(e[1], b.y());
            e[2] = Math.max(e[2], b.x() + b.w());
            e[3] = Math.max(e[3], b.y() + b.h());
        }
    }

    /** The drawing, each shape and flow marked as {@code mark} says for its BPMN id. */
    String svg(String caseNumber, Function<String, Mark> marks) {
        return svg(caseNumber, marks, null);
    }

    /**
     * As {@link #svg(String, Function)}, with every label in a reader's words: {@code words} gives the text of a
     * translation key, {@code diagram.<BPMN id>} for an element (null: the model's English names).
     */
    String svg(String caseNumber, Function<String, Mark> marks, java.util.function.BiFunction<String, Object[], String> words) {
        Function<String, String> said = words == null ? null : key -> words.apply(key, new Object[0]);
        List<Node> nodes = said == null ? this.nodes : this.nodes.stream().map(n -> n.name() == null ? n
                : new Node(n.id(), n.kind(), n.sign(), n.dashed(), said.apply("diagram." + n.id()), n.box(),
                        n.label())).toList();
        List<Flow> flows = said == null ? this.flows : this.flows.stream().map(f -> f.name() == null ? f
                : new Flow(f.id(), said.apply("diagram." + f.id()), f.points(), f.label(), f.source(), f.target()))
                .toList();
        String title = said == null ? this.title : said.apply("diagram." + processId);
        Function<String, Mark> mark = id -> id == null ? Mark.IDLE : marks.apply(id);
        Set<String> now = new LinkedHashSet<>();
        for (Node n : nodes) {
            if (mark.apply(n.id()) == Mark.ACTIVE) {
                now.add(n.name() == null ? n.id() : n.name());
            }
        }
        String label = words == null
                ? title + ", case " + caseNumber + (now.isEmpty() ? "" : ": now at " + String.join(", ", now))
                : now.isEmpty() ? words.apply("diagram.label", new Object[] {title, caseNumber})
                        : words.apply("diagram.label.now", new Object[] {title, caseNumber, String.join(", ", now)});
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"wc-case-diagram\" role=\"img\" width=\"100%\"")
                .append(" viewBox=\"").append(num(extent.x() - MARGIN)).append(' ').append(num(extent.y() - MARGIN))
                .append(' ').append(num(extent.w() + 2 * MARGIN)).append(' ').append(num(extent.h() + 2 * MARGIN))
                .append("\" preserveAspectRatio=\"xMidYMin meet\" style=\"display:block;height:auto\"")
                .append(" font-family=\"system-ui, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"")
                .append(num(FONT)).append("\" aria-label=\"").append(esc(label)).append("\">");
        out.append("<title>").append(esc(label)).append("</title><defs>");
        for (Mark m : Mark.values()) {
            out.append("<marker id=\"wc-arrow-").append(m.cssClass()).append("\" viewBox=\"0 0 10 10\" refX=\"10\"")
                    .append(" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\"")
                    .append(" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(m.stroke())
                    .append("\"/></marker>");
        }
        out.append("</defs>");
        // Containers under flows, flows under shapes, boundary events over the tasks they sit on.
        nodes.stream().filter(n -> n.kind().container()).forEach(n -> node(out, n, mark.apply(n.id())));
        for (Flow f : flows) {
            Mark from = mark.apply(f.source());
            Mark to = mark.apply(f.target());
            flow(out, f, from == Mark.DONE && to != Mark.IDLE ? Mark.DONE : Mark.IDLE);
        }
        nodes.stream().filter(n -> !n.kind().container() && n.kind() != Kind.BOUNDARY_EVENT)
                .forEach(n -> node(out, n, mark.apply(n.id())));
        nodes.stream().filter(n -> n.kind() == Kind.BOUNDARY_EVENT).forEach(n -> node(out, n, mark.apply(n.id())));
        return out.append("</svg>").toString();
    }

    private static void flow(StringBuilder out, Flow f, Mark m) {
        out.append("<g class=\"wc-flow ").append(m.cssClass()).append("\" data-element-id=\"").append(esc(f.id()))
                .append("\">");
        if (f.name() != null) {
            out.append("<title>").append(esc(f.name())).append("</title>");
        }
        out.append("<polyline points=\"");
        for (double[] p : f.points()) {
            out.append(num(p[0])).append(',').append(num(p[1])).append(' ');
        }
        out.setLength(out.length() - 1);
        out.append("\" fill=\"none\" stroke=\"").append(m.stroke()).append("\" stroke-width=\"")
                .append(m == Mark.DONE ? "2" : "1.5").append("\" stroke-linejoin=\"round\" marker-end=\"url(#wc-arrow-")
                .append(m.cssClass()).append(")\"/>");
        if (f.name() != null) {
            if (f.label() != null) {
                externalLabel(out, f.name(), f.label());
            } else {
                int mid = f.points().size() / 2;
                double[] a = f.points().get(mid - 1);
                double[] b = f.points().get(mid);
                externalLabel(out, f.name(), new Box((a[0] + b[0]) / 2 - 45, (a[1] + b[1]) / 2 - 16, 90, 14));
            }
        }
        out.append("</g>");
    }

    private static void node(StringBuilder out, Node n, Mark m) {
        out.append("<g class=\"").append(n.kind().cssClass()).append(' ').append(m.cssClass())
                .append("\" data-element-id=\"").append(esc(n.id())).append("\">");
        if (n.name() != null) {
            out.append("<title>").append(esc(n.name())).append("</title>");
        }
        Box b = n.box();
        double width = strokeWidth(n.kind(), m);
        String paint = " stroke=\"" + m.stroke() + "\" stroke-width=\"" + num(width) + "\""
                + (n.dashed() ? " stroke-dasharray=\"" + num(width * 3) + " " + num(width * 2) + "\"" : "");
        if (n.kind().event()) {
            double r = Math.min(b.w(), b.h()) / 2;
            if (m == Mark.ACTIVE) {
                halo(out, "<circle cx=\"" + num(b.cx()) + "\" cy=\"" + num(b.cy()) + "\" r=\"" + num(r + 5) + "\"");
            }
            out.append("<circle cx=\"").append(num(b.cx())).append("\" cy=\"").append(num(b.cy())).append("\" r=\"")
                    .append(num(r)).append("\" fill=\"").append(m.fill()).append('"').append(paint).append("/>");
            if (n.kind() == Kind.INTERMEDIATE_EVENT || n.kind() == Kind.BOUNDARY_EVENT) {
                out.append("<circle cx=\"").append(num(b.cx())).append("\" cy=\"").append(num(b.cy()))
                        .append("\" r=\"").append(num(r - 3)).append("\" fill=\"none\" stroke=\"").append(m.stroke())
                        .append("\" stroke-width=\"1\"")
                        .append(n.dashed() ? " stroke-dasharray=\"3 2\"" : "").append("/>");
            }
            sign(out, n.sign(), b, r, m);
            if (n.name() != null) {
                externalLabel(out, n.name(), n.label() != null ? n.label()
                        : new Box(b.cx() - 45, b.y() + b.h() + 4, 90, 14));
            }
        } else if (n.kind().gateway()) {
            String diamond = "<polygon points=\"" + num(b.cx()) + "," + num(b.y()) + " " + num(b.x() + b.w()) + ","
                    + num(b.cy()) + " " + num(b.cx()) + "," + num(b.y() + b.h()) + " " + num(b.x()) + ","
                    + num(b.cy()) + "\"";
            if (m == Mark.ACTIVE) {
                halo(out, "<polygon points=\"" + num(b.cx()) + "," + num(b.y() - 6) + " " + num(b.x() + b.w() + 6)
                        + "," + num(b.cy()) + " " + num(b.cx()) + "," + num(b.y() + b.h() + 6) + " "
                        + num(b.x() - 6) + "," + num(b.cy()) + "\"");
            }
            out.append(diamond).append(" fill=\"").append(m.fill()).append('"').append(paint)
                    .append(" stroke-linejoin=\"round\"/>");
            gatewayMarker(out, n.kind(), b, m);
            if (n.name() != null) {
                externalLabel(out, n.name(), n.label() != null ? n.label()
                        : new Box(b.cx() - 45, b.y() + b.h() + 4, 90, 14));
            }
        } else {
            if (m == Mark.ACTIVE) {
                halo(out, "<rect x=\"" + num(b.x() - 5) + "\" y=\"" + num(b.y() - 5) + "\" width=\""
                        + num(b.w() + 10) + "\" height=\"" + num(b.h() + 10) + "\" rx=\"14\"");
            }
            out.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
                    .append(num(b.w())).append("\" height=\"").append(num(b.h())).append("\" rx=\"")
                    .append(n.kind() == Kind.OTHER ? "0" : "10").append("\" fill=\"").append(m.fill())
                    .append('"').append(n.kind().container() ? " fill-opacity=\"0.5\"" : "").append(paint)
                    .append("/>");
            if (n.kind() == Kind.COLLAPSED_SUBPROCESS) {
                double x = b.cx() - 7;
                double y = b.y() + b.h() - 16;
                out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                        .append("\" width=\"14\" height=\"14\" fill=\"none\" stroke=\"").append(m.stroke())
                        .append("\"/><path d=\"M").append(num(x + 3)).append(',').append(num(y + 7)).append(" h8 M")
                        .append(num(x + 7)).append(',').append(num(y + 3)).append(" v8\" stroke=\"")
                        .append(m.stroke()).append("\"/>");
            }
            if (n.name() != null) {
                if (n.kind().container()) {
                    List<String> lines = wrap(n.name(), b.w() - 20, FONT, 2);
                    text(out, lines, b.x() + 10, b.y() + 18, 15, FONT, "start");
                } else {
                    int fit = (int) Math.max(1, Math.floor((b.h() - 8) / 15));
                    List<String> lines = wrap(n.name(), b.w() - 12, FONT, fit);
                    text(out, lines, b.cx(), b.cy() - (lines.size() - 1) * 7.5 + 4, 15, FONT, "middle");
                }
            }
        }
        out.append("</g>");
    }

    private static double strokeWidth(Kind kind, Mark m) {
        double base = switch (kind) {
            case END_EVENT -> 3.5;
            case CALL_ACTIVITY -> 3;
            default -> 1.5;
        };
        return base + (m == Mark.ACTIVE ? 2 : m == Mark.DONE ? 0.5 : 0);
    }

    private static void halo(StringBuilder out, String openTag) {
        out.append(openTag).append(" fill=\"none\" stroke=\"").append(Mark.ACTIVE.stroke())
                .append("\" stroke-opacity=\"0.3\" stroke-width=\"6\"/>");
    }

    private static void sign(StringBuilder out, Sign sign, Box b, double r, Mark m) {
        double cx = b.cx();
        double cy = b.cy();
        switch (sign) {
            case TERMINATE -> out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                    .append("\" r=\"").append(num(r * 0.55)).append("\" fill=\"").append(m.stroke()).append("\"/>");
            case TIMER -> {
                double face = r * 0.6;
                out.append("<g class=\"wc-timer\"><circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                        .append("\" r=\"").append(num(face)).append("\" fill=\"#ffffff\" stroke=\"")
                        .append(m.stroke()).append("\" stroke-width=\"1.5\"/><path d=\"M").append(num(cx))
                        .append(',').append(num(cy)).append(" V").append(num(cy - face * 0.75)).append(" M")
                        .append(num(cx)).append(',').append(num(cy)).append(" H").append(num(cx + face * 0.55))
                        .append("\" fill=\"none\" stroke=\"").append(m.stroke())
                        .append("\" stroke-width=\"1.5\" stroke-linecap=\"round\"/></g>");
            }
            case MESSAGE -> {
                double w = r * 1.1;
                double h = r * 0.75;
                double x = cx - w / 2;
                double y = cy - h / 2;
                out.append("<g class=\"wc-message\"><rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                        .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
                        .append("\" fill=\"#ffffff\" stroke=\"").append(m.stroke())
                        .append("\" stroke-width=\"1.2\"/><polyline points=\"").append(num(x)).append(',')
                        .append(num(y)).append(' ').append(num(cx)).append(',').append(num(cy + h * 0.1)).append(' ')
                        .append(num(x + w)).append(',').append(num(y)).append("\" fill=\"none\" stroke=\"")
                        .append(m.stroke()).append("\" stroke-width=\"1.2\"/></g>");
            }
            case NONE -> {
            }
        }
    }

    private static void gatewayMarker(StringBuilder out, Kind kind, Box b, Mark m) {
        double d = Math.min(b.w(), b.h()) * 0.2;
        double cx = b.cx();
        double cy = b.cy();
        String line = "\" fill=\"none\" stroke=\"" + m.stroke() + "\" stroke-width=\"3.5\" stroke-linecap=\"round\"/>";
        switch (kind) {
            case EXCLUSIVE_GATEWAY -> out.append("<path d=\"M").append(num(cx - d)).append(',').append(num(cy - d))
                    .append(" L").append(num(cx + d)).append(',').append(num(cy + d)).append(" M").append(num(cx + d))
                    .append(',').append(num(cy - d)).append(" L").append(num(cx - d)).append(',').append(num(cy + d))
                    .append(line);
            case PARALLEL_GATEWAY -> out.append("<path d=\"M").append(num(cx)).append(',').append(num(cy - d * 1.3))
                    .append(" V").append(num(cy + d * 1.3)).append(" M").append(num(cx - d * 1.3)).append(',')
                    .append(num(cy)).append(" H").append(num(cx + d * 1.3)).append(line);
            case INCLUSIVE_GATEWAY -> out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                    .append("\" r=\"").append(num(d * 1.2)).append("\" fill=\"none\" stroke=\"").append(m.stroke())
                    .append("\" stroke-width=\"2.5\"/>");
            case EVENT_GATEWAY -> out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                    .append("\" r=\"").append(num(d * 1.4)).append("\" fill=\"none\" stroke=\"").append(m.stroke())
                    .append("\" stroke-width=\"1\"/><circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                    .append("\" r=\"").append(num(d * 1.1)).append("\" fill=\"none\" stroke=\"").append(m.stroke())
                    .append("\" stroke-width=\"1\"/>");
            default -> {
            }
        }
    }

    /** A label outside its shape, in the bounds the modeler gave it: centred, wrapped to their width. */
    private static void externalLabel(StringBuilder out, String name, Box at) {
        List<String> lines = wrap(name, Math.max(at.w(), 40) + 8, LABEL_FONT, 4);
        text(out, lines, at.cx(), at.y() + 10, 13, LABEL_FONT, "middle");
    }

    private static void text(StringBuilder out, List<String> lines, double x, double firstBaseline,
            double lineHeight, double size, String anchor) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(firstBaseline))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(TEXT).append('"');
        if (size != FONT) {
            out.append(" font-size=\"").append(num(size)).append('"');
        }
        out.append('>');
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(firstBaseline + i * lineHeight))
                    .append("\">").append(esc(lines.get(i))).append("</tspan>");
        }
        out.append("</text>");
    }

    /** Words onto lines of at most {@code width}; a word too long is cut, and text beyond the last line elided. */
    static List<String> wrap(String text, double width, double size, int maxLines) {
        double room = Math.max(width, size * 2) / size;
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                while (measure(word) > room) {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    int cut = fitting(word, room);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                if (word.isEmpty()) {
                    continue;
                }
                if (line.isEmpty()) {
                    line.append(word);
                } else if (measure(line + " " + word) <= room) {
                    line.append(' ').append(word);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        int keep = Math.max(1, maxLines);
        if (lines.size() > keep) {
            String last = lines.get(keep - 1);
            lines = new ArrayList<>(lines.subList(0, keep));
            lines.set(keep - 1, last.substring(0, fitting(last, room - measure("\u2026"))).stripTrailing() + "\u2026");
        }
        return lines;
    }

    /** How many leading characters of {@code s} fit into {@code room} ems; at least one. */
    private static int fitting(String s, double room) {
        double used = 0;
        for (int i = 0; i < s.length(); i++) {
            used += advance(s.charAt(i));
            if (used > room) {
                return Math.max(1, i);
            }
        }
        return s.length();
    }

    /** The width of {@code s} in ems, estimated for a common sans-serif font: no font metrics on the server. */
    static double measure(CharSequence s) {
        double ems = 0;
        for (int i = 0; i < s.length(); i++) {
            ems += advance(s.charAt(i));
        }
        return ems;
    }

    private static double advance(char c) {
        if ("ijl.,:;'|!".indexOf(c) >= 0) {
            return 0.26;
        }
        if ("ftrI()[]- /".indexOf(c) >= 0) {
            return 0.34;
        }
        if ("mwMW".indexOf(c) >= 0) {
            return 0.86;
        }
        if (Character.isUpperCase(c)) {
            return 0.68;
        }
        return Character.isDigit(c) ? 0.56 : 0.54;
    }

    static String num(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Text and attribute values as XML; characters XML 1.0 forbids are dropped. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
                    }
                }
            }
        }
        return out.toString();
    }
}
