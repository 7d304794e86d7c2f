package org.gongkai.lint.rule;

import org.gongkai.lint.Finding;
import org.gongkai.lint.data.DataTables;
import org.gongkai.lint.text.LintDocument;
import org.gongkai.lint.text.LintText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.model.Contacts;
import org.gongkai.model.SiteConfig;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Severity;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * {@code personal-data} (error): what 保密审查 keeps off a public site. 18-digit resident ID numbers with a valid
 * check digit (GB 11643), mobile numbers (1[3-9] and 9 digits), bank card numbers (16–19 digits passing the Luhn
 * check). Public hotlines (12315, 12358) and the bureau's own numbers in site.yaml are not personal data.
 * Reports, pages and data files are scanned; messages mask the middle digits so logs do not repeat them.
 */
public final class PersonalDataRule implements ContentRule {

    public static final String KIND = "personal-data";

    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])([1-9][0-9]{5}(?:18|19|20)[0-9]{2}"
            + "(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9.])(?:\\+?86[ -]?)?(1[3-9][0-9])([ -]?)([0-9]{4})\\2"
            + "([0-9]{4})(?![0-9])(?![.．][0-9])(?!\\s*[元万亿人名个所])");
    private static final Pattern CARD = Pattern.compile("(?<![0-9.])([3-6][0-9]{3}(?:[ -]?[0-9]{4}){3}(?:[0-9]{1,3})?)"
            + "(?![0-9])");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private enum PersonalNumber {
        ID, MOBILE, CARD
    }

    /** A personal number found at {@code offset}, already masked. */
    private record Hit(int offset, PersonalNumber number, String masked) {
    }


    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<RuleInput> needs() {
        return EnumSet.of(RuleInput.BODY, RuleInput.FRONT_MATTER_TEXT, RuleInput.SITE_CONFIG, RuleInput.DATA_FILES);
    }

    @Override
    public void check(LintDocument document, Context context, List<Finding> out) {
        Set<String> publicNumbers = publicNumbers(context.config());
        // the front matter's comments are not published; the body is, code and addresses included
        for (LintText text : List.of(document.frontMatter(), document.body())) {
            String t = text == document.body() ? text.original() : text.masked();
            scan(t, publicNumbers).forEach(hit -> out.add(finding(text.position(hit.offset()), hit, "")));
        }
    }

    /**
     * Scans the data files: each finding names its column. The complaint and price numbers of fees.csv are the
     * public's way to reach the bureau and are not scanned.
     *
     * <p>Only the lines with 11 digits in a row outside those columns are scanned with the patterns (every kind
     * needs that many, and no match spans a line or a field): in a fee table every line has the complaint phone,
     * and the other lines are passed over in one pass, without a regular expression.
     */
    public void checkData(DataTables data, SiteConfig config, List<Finding> out) {
        Set<String> publicNumbers = publicNumbers(config);
        for (DataTables.DataFile file : data.files()) {
            String t = file.text();
            boolean[] publicColumn = new boolean[file.header().size()];
            for (int c = 0; c < publicColumn.length; c++) {
                publicColumn[c] = DataTables.PUBLIC_NUMBER_COLUMNS.contains(file.header().get(c));
            }
            LintText text = null;
            List<Hit> found = new ArrayList<>();
            for (int start = 0; start < t.length(); ) {
                int end = t.indexOf('\n', start);
                end = end < 0 ? t.length() : end;
                if (hasLongNumberOutside(t, start, end, publicColumn)) {
                    if (text == null) {
                        text = new LintText(file.path(), t, t, 1);
                    }
                    found.addAll(scan(t, start, end, publicNumbers));
                }
                start = end + 1;
            }
            for (Hit hit : found) {
                SourcePosition position = text.position(hit.offset());
                String column = columnAt(file, text, position);
                if (DataTables.PUBLIC_NUMBER_COLUMNS.contains(column)) {
                    continue;
                }
                out.add(finding(position, hit, column));
            }
        }
        for (DataTables.Cell cell : data.cells()) {
            scan(cell.value(), publicNumbers).forEach(
                    hit -> out.add(finding(SourcePosition.of(cell.file(), cell.row()), hit, cell.field())));
        }
    }

    /**
     * Whether the line {@code t[start, end)} of a CSV file has 11 or more digits in a row (spaces and hyphens
     * between them allowed) in a field whose column is not public; fields are counted as {@link #columnAt} does.
     */
    private static boolean hasLongNumberOutside(String t, int start, int end, boolean[] publicColumn) {
        int field = 0;
        boolean quoted = false;
        boolean skipped = publicColumn.length > 0 && publicColumn[0];
        int run = 0;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!skipped && ++run >= 11) {
                    return true;
                }
            } else if (c != ' ' && c != '-') {
                run = 0;
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    field++;
                    skipped = field < publicColumn.length && publicColumn[field];
                }
            }
        }
        return false;
    }

    /** A finding on a personal number, naming its column when it is in a data file. */
    private static Finding finding(SourcePosition position, Hit hit, String column) {
        Text message;
        if (column.isEmpty()) {
            message = switch (hit.number()) {
                case ID -> Text.of("lint.personalData.id", hit.masked());
                case MOBILE -> Text.of("lint.personalData.mobile", hit.masked());
                case CARD -> Text.of("lint.personalData.card", hit.masked());
            };
        } else {
            message = switch (hit.number()) {
                case ID -> Text.of("lint.personalData.id.inColumn", column, hit.masked());
                case MOBILE -> Text.of("lint.personalData.mobile.inColumn", column, hit.masked());
                case CARD -> Text.of("lint.personalData.card.inColumn", column, hit.masked());
            };
        }
        return new Finding(new Problem(position, Severity.ERROR, KIND, message, Text.of("lint.personalData.hint")),
                column);
    }

    private static List<Hit> scan(String t, Set<String> publicNumbers) {
        if (!hasLongNumber(t)) {
            return List.of(); // every kind needs 11 digits in a row: most texts have none, and are done in one pass
        }
        return scan(t, 0, t.length(), publicNumbers);
    }

    /** Scans {@code t[from, to)}; the patterns look around it as they would in the whole text. */
    private static List<Hit> scan(String t, int from, int to, Set<String> publicNumbers) {
        List<Hit> out = new ArrayList<>();
        List<int[]> ids = new ArrayList<>();
        Matcher id = region(ID.matcher(t), from, to);
        while (id.find()) {
            if (validId(id.group(1))) {
                ids.add(new int[] {id.start(), id.end()});
                out.add(new Hit(id.start(), PersonalNumber.ID, mask(id.group(1))));
            }
        }
        Matcher mobile = region(MOBILE.matcher(t), from, to);
        while (mobile.find()) {
            String digits = mobile.group(1) + mobile.group(3) + mobile.group(4);
            if (!publicNumbers.contains(digits) && !inside(ids, mobile.start())) {
                out.add(new Hit(mobile.start(), PersonalNumber.MOBILE, mask(digits)));
            }
        }
        Matcher card = region(CARD.matcher(t), from, to);
        while (card.find()) {
            String digits = card.group(1).replaceAll("[ -]", "");
            if (digits.length() >= 16 && digits.length() <= 19 && luhn(digits) && !inside(ids, card.start())
                    && !publicNumbers.contains(digits)) {
                out.add(new Hit(card.start(), PersonalNumber.CARD, mask(digits)));
            }
        }
        return out;
    }

    private static Matcher region(Matcher matcher, int from, int to) {
        return matcher.useTransparentBounds(true).useAnchoringBounds(false).region(from, to);
    }

    /** Whether the text has 11 or more digits in a row (spaces and hyphens between them allowed). */
    private static boolean hasLongNumber(String t) {
        int run = 0;
        char[] chars = t.toCharArray(); // an array walk costs a fraction of charAt on a Chinese string in C1 code
        for (char c : chars) {
            if (c >= '0' && c <= '9') {
                if (++run >= 11) {
                    return true;
                }
            } else if (c != ' ' && c != '-') {
                run = 0;
            }
        }
        return false;
    }

    private static boolean inside(List<int[]> spans, int offset) {
        return spans.stream().anyMatch(s -> s[0] <= offset && offset < s[1]);
    }

    static boolean validId(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    static boolean luhn(String digits) {
        if (digits.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** 110105199001011234 → 110105********1234: enough to find it, not enough to copy it. */
    static String mask(String digits) {
        int keepStart = digits.length() >= 16 ? 6 : 3;
        int keepEnd = 4;
        return digits.substring(0, keepStart) + "*".repeat(digits.length() - keepStart - keepEnd)
                + digits.substring(digits.length() - keepEnd);
    }

    /** The bureau's own numbers from site.yaml, digits only: publishing them is the point. */
    private static Set<String> publicNumbers(SiteConfig config) {
        Set<String> numbers = new HashSet<>();
        if (config == null) {
            return numbers;
        }
        Contacts contacts = config.contacts();
        for (String number : List.of(contacts.phone(), contacts.complaintPhone(), contacts.priceHotline())) {
            String digits = number.replaceAll("[^0-9]", "");
            if (!digits.isEmpty()) {
                numbers.add(digits);
                if (digits.startsWith("86") && digits.length() == 13) {
                    numbers.add(digits.substring(2));
                }
            }
        }
        return numbers;
    }

    /** The header name of the CSV field a position is in (quotes respected). */
    private static String columnAt(DataTables.DataFile file, LintText text, SourcePosition position) {
        int index = position.line() - 1;
        if (index < 0 || index >= text.lineCount()) {
            return "";
        }
        String line = file.text().substring(text.lineStart(index), text.lineEnd(index));
        int offset = line.offsetByCodePoints(0, Math.max(0, position.column() - 1));
        int field = 0;
        boolean quoted = false;
        for (int i = 0; i < offset && i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                field++;
            }
        }
        return field < file.header().size() ? file.header().get(field) : "";
    }
}
