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
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Final Draft's FDX: an XML document whose Content holds Paragraphs with a Type (Scene Heading,
 * Action, Character, Parenthetical, Dialogue, Transition, Shot, General) and Text runs. The
 * parser refuses DTDs and external entities: an uploaded file is untrusted.
 */
public final class FdxParser {

    private FdxParser() {
    }

    public static List<Paragraph> parse(byte[] source) {
        Document document = read(source);
        NodeList paragraphs = document.getElementsByTagName("Paragraph");
        List<Paragraph> elements = new ArrayList<>();
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element paragraph = (Element) paragraphs.item(i);
            // The script is the Content under the root; the title page and headers have Content of their own.
            if (paragraph.getParentNode().getParentNode() != document.getDocumentElement()
                    || !"Content".equals(((Element) paragraph.getParentNode()).getTagName())) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            NodeList runs = paragraph.getElementsByTagName("Text");
            for (int r = 0; r < runs.getLength(); r++) {
                text.append(runs.item(r).getTextContent());
            }
            String content = text.toString().replaceAll("\\s+", " ").strip();
            if (content.isEmpty()) {
                continue;
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
        if (elements.isEmpty()) {
            throw new ScriptUnreadable("The Final Draft file has no script paragraphs.");
        }
        return elements;
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
