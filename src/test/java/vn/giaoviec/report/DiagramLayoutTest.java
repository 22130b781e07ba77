package vn.giaoviec.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report and year-end diagrams open clean in Camunda Modeler: every named event, gateway and flow
 * has its label placed, no label covers another label, a shape or a flow, and no flow is too short to read.
 */
class DiagramLayoutTest {

    record Box(String name, double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bpmn/bao-cao-dinh-ky.bpmn", "bpmn/ket-thuc-nam-ke-hoach.bpmn", "bpmn/moc-thuc-hien.bpmn"})
    void labelsArePlacedAndOverlapNothing(String file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File(file));
        List<Box> labels = new ArrayList<>();
        List<Box> shapes = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            if (!(element instanceof SubProcess)) {
                shapes.add(box(element.getId(), shape.getBounds()));
            }
            boolean needsLabel = (element instanceof Event || element instanceof Gateway) && named(element);
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                labels.add(box(element.getId() + " label", shape.getBpmnLabel().getBounds()));
            } else if (needsLabel) {
                unplaced.add(element.getId());
            }
        }
        List<Box> segments = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            BaseElement flow = edge.getBpmnElement();
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            double length = 0;
            for (int i = 1; i < points.size(); i++) {
                Waypoint a = points.get(i - 1);
                Waypoint b = points.get(i);
                length += Math.hypot(b.getX() - a.getX(), b.getY() - a.getY());
                segments.add(new Box(flow.getId(), Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                        Math.max(1, Math.abs(b.getX() - a.getX())), Math.max(1, Math.abs(b.getY() - a.getY()))));
            }
            if (length < 25) {
                short_.add(flow.getId() + " " + Math.round(length) + " px");
            }
            if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                labels.add(box(flow.getId() + " label", edge.getBpmnLabel().getBounds()));
            } else if (flow instanceof SequenceFlow && named(flow)) {
                unplaced.add(flow.getId());
            }
        }

        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Box label = labels.get(i);
            labels.subList(i + 1, labels.size()).stream().filter(label::overlaps)
                    .forEach(o -> overlaps.add(label.name() + " / " + o.name()));
            shapes.stream().filter(label::overlaps).forEach(o -> overlaps.add(label.name() + " / " + o.name()));
            segments.stream().filter(label::overlaps).forEach(o -> overlaps.add(label.name() + " / flow " + o.name()));
        }
        assertThat(unplaced).as("named elements without label bounds").isEmpty();
        assertThat(overlaps).as("labels covering something").isEmpty();
        assertThat(short_).as("flows too short to read").isEmpty();
    }

    private static boolean named(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name != null && !name.isBlank();
    }

    private static Box box(String name, Bounds b) {
        return new Box(name, b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }
}
