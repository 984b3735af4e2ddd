package dev.migrationlint.core.internal.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * An indented XML document on top of the JDK's {@link XMLStreamWriter}, which escapes markup but lets through what
 * XML 1.0 cannot carry: characters it forbids (most control characters, lone surrogates) become U+FFFD, and line
 * breaks inside attribute values become spaces, as a parser would read them anyway.
 */
final class XmlOutput {

    private final XMLStreamWriter xml;
    private final Writer out;
    private int depth;
    /** True right after a start tag or text: the next end tag stays on that line. */
    private boolean inline;

    private XmlOutput(XMLStreamWriter xml, Writer out) {
        this.xml = xml;
        this.out = out;
    }

    static XmlOutput start(Writer out) throws IOException {
        try {
            // The JDK's own implementation, whatever StAX provider is on the class path: its output is the golden one.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            return new XmlOutput(xml, out);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs. */
    XmlOutput open(String name, String... attributes) throws IOException {
        try {
            newLine();
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
            inline = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOutput empty(String name, String... attributes) throws IOException {
        try {
            newLine();
            xml.writeEmptyElement(name);
            attributes(attributes);
            inline = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Text content, line breaks kept (CRLF and CR become LF, as a parser reads them). */
    XmlOutput text(String text) throws IOException {
        try {
            xml.writeCharacters(clean(text.replace("\r\n", "\n").replace('\r', '\n')));
            inline = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOutput close() throws IOException {
        try {
            depth--;
            if (!inline) {
                xml.writeCharacters("\n" + "  ".repeat(depth));
            }
            xml.writeEndElement();
            inline = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    void finish() throws IOException {
        try {
            xml.writeEndDocument();
            xml.flush();
            out.write('\n');
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void attributes(String[] attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], clean(attributes[i + 1].replaceAll("\r\n|[\r\n\t]", " ")));
        }
    }

    /** Replaces what XML 1.0 cannot carry by U+FFFD. */
    private static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(
                c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                        || c >= 0x10000 ? c : 0xFFFD));
        return clean.toString();
    }
}
