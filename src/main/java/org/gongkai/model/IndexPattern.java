package org.gongkai.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 索引号 pattern such as {@code {org_code}/{year}-{seq:5}}: {@code {org_code}} is the configured code,
 * {@code {year}} four digits, {@code {seq:N}} a number of N digits with leading zeros ({@code {seq}}: any digits);
 * every other character stands for itself.
 */
public record IndexPattern(String pattern, String orgCode) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(org_code|year|seq(?::(\\d{1,2}))?)}");

    public IndexPattern {
        Objects.requireNonNull(pattern, "pattern must not be null");
        orgCode = orgCode == null ? "" : orgCode;
    }

    /** Whether the pattern names a placeholder that is not one of the three. */
    public boolean hasUnknownPlaceholder() {
        return PLACEHOLDER.matcher(pattern).replaceAll("").matches(".*\\{[^}]*}.*");
    }

    public boolean usesOrgCode() {
        return pattern.contains("{org_code}");
    }

    public boolean matches(String index) {
        return regex().matcher(index).matches();
    }

    /** The number {@code {seq}} stands for in {@code index}, or -1 when it does not match or has none. */
    public long sequenceOf(String index) {
        Matcher m = regex().matcher(index);
        if (!m.matches() || !pattern.contains("{seq")) {
            return -1;
        }
        return Long.parseLong(m.group("seq"));
    }

    /** The 索引号 for {@code year} and number {@code seq}. */
    public String format(int year, long seq) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1).startsWith("seq") ? "seq" : m.group(1)) {
                case "org_code" -> orgCode;
                case "year" -> String.format("%04d", year);
                default -> m.group(2) == null ? Long.toString(seq) : String.format("%0" + m.group(2) + "d", seq);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Pattern regex() {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        boolean seqSeen = false;
        while (m.find()) {
            regex.append(Pattern.quote(pattern.substring(last, m.start())));
            String name = m.group(1);
            if (name.equals("org_code")) {
                regex.append(Pattern.quote(orgCode));
            } else if (name.equals("year")) {
                regex.append("\\d{4}");
            } else {
                String digits = m.group(2) == null ? "\\d+" : "\\d{" + m.group(2) + "}";
                regex.append(seqSeen ? digits : "(?<seq>" + digits + ")");
                seqSeen = true;
            }
            last = m.end();
        }
        regex.append(Pattern.quote(pattern.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
