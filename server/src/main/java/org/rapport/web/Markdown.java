package org.rapport.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Notes are written in Markdown and shown as HTML, so the renderer is the sanitizer: raw HTML in a
 * note is escaped (never passed through), link addresses other than http, https and mailto are
 * dropped, images show as their description, and links leave without a referrer. Templates call it as
 * {@code th:utext="${#markdown.html(text)}"} — the one place a user's text is not escaped by
 * Thymeleaf, because this does it.
 */
@Component
public class Markdown {
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .attributeProviderFactory(context -> new ExternalLinks())
            .build();

    public String html(@Nullable String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        withoutImages(document);
        return renderer.render(document);
    }

    /** Images would fetch from anywhere the note says; they show as their description instead. */
    private static void withoutImages(Node document) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        for (Image image : images) {
            Node child = image.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                image.insertBefore(child);
                child = next;
            }
            image.unlink();
        }
    }

    private static final class ExternalLinks implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link) {
                attributes.put("rel", "nofollow noopener noreferrer");
            }
        }
    }
}
