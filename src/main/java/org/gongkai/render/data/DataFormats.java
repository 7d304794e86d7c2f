package org.gongkai.render.data;

import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.model.WanYuan;
import org.gongkai.model.Yuan;
import org.gongkai.render.Formats;

/** How data values read on a page: amounts as the bureau wrote them, dates as 2011年9月1日, 约 for approximations. */
final class DataFormats {

    private DataFormats() {
    }

    static String yuan(Yuan amount) {
        return amount.plain();
    }

    static String wan(WanYuan amount) {
        return amount.plain();
    }

    /** 约190 when the source gave an approximate figure (多, 余, 约, 超). */
    static String wan(WanYuan amount, boolean approximate) {
        return (approximate ? "约" : "") + amount.plain();
    }

    static String wan(Optional<WanYuan> amount, boolean approximate) {
        return amount.map(a -> wan(a, approximate)).orElse("");
    }

    static String date(LocalDate date) {
        return Formats.chineseDate(date);
    }

    static String date(Optional<LocalDate> date) {
        return date.map(Formats::chineseDate).orElse("");
    }

    static String validity(LocalDate from, LocalDate to) {
        return date(from) + "至" + date(to);
    }
}
