package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** StAX plumbing shared by the XML formats. */
final class Xml {

    private Xml() {
    }

    static XMLStreamWriter open(OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            return w;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Text safe for XML 1.0: characters XML cannot carry (most C0 controls) are dropped. */
    static String text(Object value) {
        String s = String.valueOf(value);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * Closes the open elements from {@code depth} down to the root, each on its own indented
     * line, and ends the document.
     */
    static void close(XMLStreamWriter w, int depth) throws XMLStreamException {
        for (int d = depth; d >= 0; d--) {
            indent(w, d);
            w.writeEndElement();
        }
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
    }

    /** A newline and indentation, so that the files stay readable in a text editor. */
    static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
