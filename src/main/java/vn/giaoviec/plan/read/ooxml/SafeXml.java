package vn.giaoviec.plan.read.ooxml;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.giaoviec.plan.read.PlanReadException;
import vn.giaoviec.plan.read.ReadBudget;

/**
 * A StAX reader over one part that refuses what an Office file never holds: a document type
 * declaration or an entity reference (the way in for XXE and "billion laughs"), and elements nested
 * deeper than the limit. Refusals name the reason; XXE is never reported as a corrupt file.
 */
final class SafeXml implements AutoCloseable {

    static final String XXE = "Tệp có khai báo thực thể XML (XXE) — không được phép: tệp Word/Excel thật không bao giờ"
            + " có khai báo DOCTYPE hay thực thể, nên tệp bị từ chối. Hãy mở tệp bằng Word/Excel, lưu lại rồi nhập lại.";

    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader reader;
    private final int maxDepth;
    private int depth;

    SafeXml(InputStream in, int maxDepth) {
        try {
            this.reader = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw corrupt(e);
        }
        this.maxDepth = maxDepth;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** The next start or end element, or characters; -1 at the end of the part. */
    int next() {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE,
                            XMLStreamConstants.ENTITY_DECLARATION -> throw new PlanReadException(XXE);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > maxDepth) {
                            throw ReadBudget.tooLarge("có phần tử XML lồng nhau sâu hơn " + maxDepth + " cấp");
                        }
                        return event;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        return event;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        return XMLStreamConstants.CHARACTERS;
                    }
                    default -> {
                        // comments, processing instructions, white space between elements
                    }
                }
            }
            return -1;
        } catch (XMLStreamException e) {
            throw corrupt(e);
        }
    }

    /** The local name of the current element ("tc" for w:tc). */
    String name() {
        return reader.getLocalName();
    }

    /** An attribute of the current element by local name, whatever its namespace; null when absent. */
    String attribute(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    String text() {
        return reader.getText();
    }

    int textLength() {
        return reader.getTextLength();
    }

    private static PlanReadException corrupt(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("DOCTYPE") || message.contains("entity") || message.contains("Entity")) {
            return new PlanReadException(XXE, e);
        }
        return new PlanReadException(OoxmlMessages.CORRUPT, e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // the stream is closed with the package
        }
    }
}
