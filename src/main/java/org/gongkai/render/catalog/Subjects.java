package org.gongkai.render.catalog;

import java.util.Map;

import org.gongkai.render.OutputPaths;

/** The ASCII folder of a 主题分类's catalogue page: a word for the default vocabulary, else a short stable key. */
final class Subjects {

    private static final Map<String, String> SLUGS = Map.of("招生录取", "admissions", "教育收费", "fees", "学生资助", "aid",
            "教师队伍", "teachers", "财政预决算", "budget", "教育督导", "inspection", "规范性文件", "normative",
            "建设项目", "projects", "机构职能", "organization", "其他", "other");

    private Subjects() {
    }

    static String slug(String subject) {
        return SLUGS.getOrDefault(subject, OutputPaths.key(subject));
    }

    static String page(String subject) {
        return CatalogPaths.SUBJECTS + slug(subject) + "/index.html";
    }
}
