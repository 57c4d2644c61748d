package org.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    final Markdown markdown = new Markdown();

    @Test
    void rendersTheUsualMarkdown() {
        assertThat(markdown.html("**Iceberg** expert\n\n- likes *tea*\n- [blog](https://example.org/a)"))
                .contains("<strong>Iceberg</strong>", "<li>likes <em>tea</em></li>")
                .contains("href=\"https://example.org/a\"", "rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        String html = markdown.html("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> and <b>bold</b>");
        assertThat(html).doesNotContain("<script", "<img", "<b>").contains("&lt;script&gt;", "&lt;img src=x");
    }

    @Test
    void dangerousLinksLoseTheirAddress() {
        assertThat(markdown.html("[x](javascript:alert(1)) ![y](data:text/html;base64,PHNjcmlwdD4=)"))
                .doesNotContain("javascript:", "data:text", "<img")
                .contains(">x</a> y");
    }

    @Test
    void nothingRendersAsNothing() {
        assertThat(markdown.html(null)).isEmpty();
        assertThat(markdown.html("  ")).isEmpty();
    }
}
