package org.gongkai.lint.data;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.lint.text.Chars;

/** How a report's names are matched with the data tables' names: by their pairs of Han characters. */
public final class Names {

    private static final Pattern PROVINCE_OR_CITY = Pattern.compile("^.+?[省市](?=.+[县区市旗])");

    private Names() {
    }

    /** The pairs of neighbouring Han characters of {@code text} (other characters left out first). */
    public static Set<String> bigrams(String text) {
        StringBuilder han = new StringBuilder();
        text.codePoints().filter(Chars::isHan).forEach(han::appendCodePoint);
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < han.length(); i++) {
            bigrams.add(han.substring(i, i + 2));
        }
        return bigrams;
    }

    /**
     * 成都市武侯区 is the region of 成都市武侯区教育局 and of a report that says 武侯区: the name without its
     * province or city, or empty when there is no shorter name of at least two characters.
     */
    public static String localName(String region) {
        String local = PROVINCE_OR_CITY.matcher(region).replaceFirst("");
        return !local.equals(region) && local.length() >= 2 ? local : "";
    }
}
