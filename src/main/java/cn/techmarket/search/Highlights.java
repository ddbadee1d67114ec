package cn.techmarket.search;

import java.util.regex.Pattern;

/**
 * Highlights that mark whole words. smartcn cuts words missing from its dictionary (氢能) into single characters, and
 * the highlighter marks each of them: 氢 and 能 side by side, and every lone 能 elsewhere. Marks that touch are joined
 * into one, and a single Chinese character marked alone is left unmarked, as it is a fragment, not a word.
 */
final class Highlights {
    private static final Pattern LONE_CHARACTER = Pattern.compile("<mark>(\\p{IsHan})</mark>");

    private Highlights() {
    }

    static String wholeWords(String html) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        return LONE_CHARACTER.matcher(html.replace("</mark><mark>", "")).replaceAll("$1");
    }
}
