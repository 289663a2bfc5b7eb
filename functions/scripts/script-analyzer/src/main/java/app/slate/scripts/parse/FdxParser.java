package app.slate.scripts.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Final Draft's FDX: an XML document whose Content holds Paragraphs with a Type (Scene Heading,
 * Action, Character, Parenthetical, Dialogue, Transition, Shot, General) and Text runs.
 * Dual dialogue is a Paragraph holding a DualDialogue of the two speeches' Paragraphs. The
 * parser refuses DTDs and external entities: an uploaded file is untrusted.
 */
public final class FdxParser {

    private FdxParser() {
    }

    public static List<Paragraph> parse(byte[] source) {
        Document document = read(source);
        List<Paragraph> elements = new ArrayList<>();
        // The script is the Content under the root; the title page and headers have Content of their own.
        for (Element content : children(document.getDocumentElement(), "Content")) {
            for (Element paragraph : children(content, "Paragraph")) {
                List<Element> dual = children(paragraph, "DualDialogue");
                if (dual.isEmpty()) {
                    add(paragraph, elements);
                } else {
                    // Two characters speaking at once: both speeches are lines, the left one first.
                    dual.forEach(d -> children(d, "Paragraph").forEach(p -> add(p, elements)));
                }
            }
        }
        if (elements.isEmpty()) {
            throw new ScriptUnreadable("The Final Draft file has no script paragraphs.");
        }
        return elements;
    }

    private static void add(Element paragraph, List<Paragraph> elements) {
        StringBuilder text = new StringBuilder();
        for (Element run : children(paragraph, "Text")) {
            text.append(run.getTextContent());
        }
        String content = text.toString().replaceAll("\\s+", " ").strip();
        if (content.isEmpty()) {
            return;
        }
        Paragraph.Kind kind = switch (paragraph.getAttribute("Type")) {
            case "Scene Heading" -> Paragraph.Kind.SCENE_HEADING;
            case "Character" -> Paragraph.Kind.CHARACTER;
            case "Dialogue" -> Paragraph.Kind.DIALOGUE;
            case "Parenthetical" -> Paragraph.Kind.PARENTHETICAL;
            case "Transition" -> Paragraph.Kind.TRANSITION;
            default -> Paragraph.Kind.ACTION;
        };
        elements.add(new Paragraph(kind, content));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                children.add(e);
            }
        }
        return children;
    }

    private static Document read(byte[] source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(source));
        } catch (SAXException | IOException e) {
            throw new ScriptUnreadable("The file is not a readable Final Draft (FDX) document: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
