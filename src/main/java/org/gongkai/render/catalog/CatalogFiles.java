package org.gongkai.render.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.gongkai.model.SiteConfig;
import org.gongkai.render.CsvFile;
import org.gongkai.render.OutputPaths;

/**
 * {@code xxgk/catalog.json} and {@code xxgk/catalog.csv}: the catalogue for a county portal's CMS to import, one
 * schema in both (README "The catalogue files"). Dates are {@code YYYY-MM-DD}; a URL is absolute when the site has
 * a {@code base_url}, else relative to the site root. The CSV is written by the data downloads' {@link CsvFile}
 * (UTF-8 with a BOM, CRLF, a value with a line break quoted); the JSON by Jackson, which stays inside this class.
 */
final class CatalogFiles {

    /** The fields of an item, in this order in both files. */
    static final List<String> FIELDS = List.of("index", "title", "url", "summary", "publisher", "written", "published",
            "updated", "subject", "doc_number", "validity", "keywords", "kind");

    private final SiteConfig config;

    CatalogFiles(SiteConfig config) {
        this.config = config;
    }

    byte[] json(List<CatalogItem> items) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("title", config.title());
        root.put("publisher", config.disclosure().publisherOr(config.bureau()));
        root.put("base_url", config.base().orElse(null));
        root.put("count", items.size());
        ArrayNode array = root.putArray("items");
        for (CatalogItem item : items) {
            ObjectNode node = array.addObject();
            node.put("index", item.index());
            node.put("title", item.title());
            node.put("url", url(item));
            node.put("summary", item.summary());
            node.put("publisher", item.publisher());
            node.put("written", date(item.written()));
            node.put("published", date(item.published()));
            node.put("updated", date(item.updated()));
            node.put("subject", item.subject());
            node.put("doc_number", item.docNumber());
            node.put("validity", item.validity());
            ArrayNode keywords = node.putArray("keywords");
            item.keywords().forEach(keywords::add);
            node.put("kind", item.kind());
        }
        // "\n" on every system, so the file is the same bytes wherever it is built
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            byte[] json = mapper.writer(printer).writeValueAsBytes(root);
            byte[] file = new byte[json.length + 1];
            System.arraycopy(json, 0, file, 0, json.length);
            file[json.length] = '\n';
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv(List<CatalogItem> items) {
        List<String[]> rows = new ArrayList<>();
        for (CatalogItem item : items) {
            rows.add(new String[] {item.index(), item.title(), url(item), item.summary(), item.publisher(),
                    text(item.written()), text(item.published()), text(item.updated()), item.subject(), item.docNumber(),
                    item.validity(), String.join("；", item.keywords()), item.kind()});
        }
        return CsvFile.encode(FIELDS, rows).all();
    }

    private String url(CatalogItem item) {
        String path = OutputPaths.folder(item.path());
        return config.base().map(base -> base + path).orElse(path);
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    private static String text(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
