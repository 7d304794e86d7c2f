package org.gongkai.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.load.text.ChineseDates;

/**
 * The issuing body and the date at the end of a report (「丹江口市教育局 二0一一年十月十二日」, 「金秀瑶族自治县教育和科技局」 /
 * 「2006年6月29日」), or a date in parentheses under the title (「(2012年5月22日)」). The lines stay in the text.
 */
final class SignOff {

    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇零○0OＯ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)");
    /** A line that names a body: it ends as the names of bureaus, offices and schools do. */
    private static final Pattern BODY = Pattern.compile("^[\\p{IsHan}（）()·]{2,30}(?:局|委|委员会|党委|党总支|党工委|支部|所|院|中心|办公室|政府|组|站|校|学|园|会)$");

    /** @param line the index of the line the date is on */
    record Found(Optional<LocalDate> date, Optional<String> body, int line) {
    }

    private SignOff() {
    }

    /** Looks at the last three lines, then the first two (a date under the title). */
    static Found find(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 3); i--) {
            Optional<Found> found = dateLine(lines, i);
            if (found.isPresent()) {
                return found.get();
            }
        }
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            String line = lines.get(i);
            if (line.length() <= 16 && line.matches("^[(（].*[)）]$")) {
                Optional<LocalDate> date = date(line);
                if (date.isPresent()) {
                    return new Found(date, Optional.empty(), i);
                }
            }
        }
        Optional<String> last = lines.isEmpty() ? Optional.empty() : body(lines.get(lines.size() - 1));
        return new Found(Optional.empty(), last, lines.size() - 1);
    }

    private static Optional<Found> dateLine(List<String> lines, int i) {
        String line = lines.get(i);
        Matcher m = DATE.matcher(line);
        if (line.length() > 40 || !m.find() || m.end() != line.length()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = date(m.group(1));
        String before = line.substring(0, m.start()).strip();
        Optional<String> body = before.isEmpty() ? (i > 0 ? body(lines.get(i - 1)) : Optional.empty()) : body(before);
        return date.map(d -> new Found(Optional.of(d), body, i));
    }

    static Optional<LocalDate> date(String text) {
        // 「二OO八年」: a Latin O typed for 〇 (an ASCII zero, 「二0一一年」, ChineseDates reads already)
        String t = text.strip().replaceAll("[()（）]", "");
        return ChineseDates.parse(t.matches("[〇零○0OＯ一二三四五六七八九]{4}年.*") ? t.replace('O', '〇') : t);
    }

    static Optional<String> body(String line) {
        return BODY.matcher(line.strip()).matches() ? Optional.of(line.strip()) : Optional.empty();
    }
}
