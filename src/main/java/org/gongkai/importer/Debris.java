package org.gongkai.importer;

import java.util.regex.Pattern;

/** What download sites put into copied text: stamps, 「77位用户关注」, 「下一页」, the download footer (§6.9). */
final class Debris {

    private static final Pattern SITE = Pattern.compile("(?i)xiexiebang|daodoc|wenmi114|chazidian|fanwen|文秘114|范文网");
    private static final Pattern FURNITURE = Pattern.compile(
            "^\\d+位用户关注$|欢迎阅读|转载请保留|^(?:\\d+\\s+)+下一页$|下载本文|点击下载|下载文档|Word文档下载|相关推荐|^文章来源|^来源[:：]|^\\d{4}-\\d{2}-\\d{2}\\s*来源");
    /** A stamp inside a sentence: 「[xiexiebang.com文章-http://…]」, 「本文来自文秘114 http://…,转载请保留此标记。」. */
    private static final Pattern STAMP = Pattern.compile(
            "\\[[^\\]]*(?i:xiexiebang|daodoc|fanwen)[^\\]]*]|本文来自[^,，。]*?https?://\\S+?[,，]?转载请保留此标记。?"
                    + "|(?i:[a-z0-9.]*(?:xiexiebang|daodoc|wenmi114|chazidian)\\.com)");

    private Debris() {
    }

    /** A whole line to drop: a short line naming a download site, or page furniture. */
    static boolean isDebris(String line) {
        return FURNITURE.matcher(line).find() && line.length() < 80 || SITE.matcher(line).find() && line.length() < 120;
    }

    static String stripStamps(String line) {
        return STAMP.matcher(line).replaceAll("").strip();
    }
}
