package org.gongkai.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.model.DataPageMeta;
import org.gongkai.model.SchoolYear;
import org.gongkai.problem.Problem;
import org.gongkai.problem.Problems;
import org.gongkai.problem.SourcePosition;
import org.gongkai.problem.Text;

/**
 * {@code disclosure.data_pages} of site.yaml: the 索引号, 发布日期 and 主题分类 of each page made from data, keyed by
 * the page ({@link DataPageMeta}). Written once here, so a number never moves when rows are added or removed.
 */
final class DataPageFields {

    private DataPageFields() {
    }

    static List<DataPageMeta> read(YamlValue.Mapping pages, String file, Problems problems) {
        List<DataPageMeta> out = new ArrayList<>();
        for (Map.Entry<String, YamlValue> entry : pages.values().entrySet()) {
            String key = entry.getKey();
            int[] at = pages.keys().get(key);
            SourcePosition keyAt = SourcePosition.of(file, at[0], at[1]);
            if (!wellFormed(key)) {
                problems.add(Problem.error(keyAt, Text.of("catalog.page.key", key), Text.of("catalog.page.key.hint")));
                continue;
            }
            if (!(entry.getValue() instanceof YamlValue.Mapping mapping)) {
                problems.add(Problem.error(SourcePosition.of(file, entry.getValue().line(), entry.getValue().column()),
                        Text.of("catalog.page.notGroup", key), Text.of("catalog.page.notGroup.hint", key)));
                continue;
            }
            YamlFields fields = new YamlFields(mapping, file, problems);
            fields.rejectUnknownKeys(ItemMetaFields.KEYS, Text.of("catalog.where.page", key));
            out.add(new DataPageMeta(key, at[0], at[1], ItemMetaFields.read(fields)));
        }
        return out;
    }

    private static boolean wellFormed(String key) {
        if (!DataPageMeta.KEY_FORM.matcher(key).matches()) {
            return false;
        }
        return !key.startsWith("fees/") || SchoolYear.parse(key.substring("fees/".length())).isPresent();
    }
}
