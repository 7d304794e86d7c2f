package org.gongkai.render;

import java.time.LocalDate;
import java.util.Locale;

/** How values read in Chinese: dates as 2011年12月30日, file sizes as 1.2 MB. */
public final class Formats {

    private Formats() {
    }

    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
