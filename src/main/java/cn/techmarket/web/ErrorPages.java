package cn.techmarket.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The HTML rendering of a {@link Problem}, for page requests. */
final class ErrorPages {
    private ErrorPages() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(Problem problem);
    }
}
