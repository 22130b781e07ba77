package vn.giaoviec.plan.read.ooxml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import vn.giaoviec.plan.read.ReadBudget;

/** xl/sharedStrings.xml: the text of every string cell, counted against the budget as it is read. */
final class XlsxSharedStrings {

    private XlsxSharedStrings() {
    }

    static List<String> read(ZipParts parts, ReadBudget budget) throws IOException {
        List<String> strings = new ArrayList<>();
        try (InputStream in = parts.open("xl/sharedStrings.xml")) {
            if (in == null) {
                return strings;
            }
            SafeXml xml = new SafeXml(in, budget.limits().maxXmlDepth());
            StringBuilder current = null;
            boolean inText = false;
            boolean inPhonetic = false;
            for (int e = xml.next(); e != -1; e = xml.next()) {
                if (e == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.name()) {
                        case "si" -> {
                            if (strings.size() >= budget.limits().maxSharedStrings()) {
                                throw budget.refuse("có hơn " + ReadBudget.number(budget.limits().maxSharedStrings())
                                        + " chuỗi chữ trong bảng tính");
                            }
                            current = new StringBuilder();
                        }
                        case "t" -> inText = !inPhonetic;
                        case "rPh" -> inPhonetic = true;
                        default -> { }
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.name()) {
                        case "si" -> {
                            strings.add(current == null ? "" : current.toString());
                            current = null;
                        }
                        case "t" -> inText = false;
                        case "rPh" -> inPhonetic = false;
                        default -> { }
                    }
                } else if (inText && current != null) {
                    budget.text(xml.textLength());
                    current.append(xml.text());
                    budget.cell(current.length());
                }
            }
        }
        return strings;
    }
}
