package org.rapport.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Offers {@link Markdown} to templates as {@code #markdown}: Thymeleaf's restricted mode refuses
 * bean references in {@code th:utext}, and an expression object is what its own utilities use.
 */
@Component
class MarkdownDialect extends AbstractDialect implements IExpressionObjectDialect {
    private final Markdown markdown;

    MarkdownDialect(Markdown markdown) {
        super("markdown");
        this.markdown = markdown;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("markdown");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return markdown;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
