package uk.partnership.portal.web.opendata;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML answer written element by element, indented by two spaces as ModernGov's are; text (HTML included) is
 * escaped by the StAX writer, never concatenated.
 */
final class Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter out;
    private int depth;

    Xml(String root) {
        try {
            out = FACTORY.createXMLStreamWriter(bytes, "utf-8");
            out.writeStartDocument("utf-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        open(root);
    }

    Xml open(String name, String... attributes) {
        try {
            newLine();
            out.writeStartElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                if (attributes[i + 1] != null) {
                    out.writeAttribute(attributes[i], attributes[i + 1]);
                }
            }
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml close() {
        try {
            depth--;
            newLine();
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <name>text</name>}; null is written as an empty element. */
    Xml leaf(String name, Object text) {
        try {
            newLine();
            out.writeStartElement(name);
            if (text != null) {
                out.writeCharacters(String.valueOf(text));
            }
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ModernGov's flags. */
    Xml flag(String name, boolean value) {
        return leaf(name, value ? "True" : "False");
    }

    /** ModernGov's counts carry a leading space: {@code <committeescount> 3</committeescount>}. */
    Xml count(String name, int value) {
        return leaf(name, " " + value);
    }

    byte[] finish() {
        try {
            while (depth > 0) {
                close();
            }
            out.writeCharacters("\n");
            out.writeEndDocument();
            out.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void newLine() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }
}
