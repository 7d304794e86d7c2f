package org.gongkai.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

import org.gongkai.problem.Language;

/**
 * The texts of picocli's help in the run's language: the {@code cli.help.*} entries of the cli bundle, under the
 * keys picocli looks up without that prefix ({@code gongkai.build.usage.description}, {@code build.out},
 * {@code usage.synopsisHeading} …). The help lives in the same bundle as every other text of the command line,
 * so MessageBundlesTest holds both languages of it together.
 */
final class HelpMessages extends ResourceBundle {

    private static final String PREFIX = "cli.help.";

    private final Map<String, String> texts = new LinkedHashMap<>();

    private HelpMessages(ResourceBundle cli) {
        for (String key : Collections.list(cli.getKeys())) {
            if (key.startsWith(PREFIX)) {
                texts.put(key.substring(PREFIX.length()), cli.getString(key));
            }
        }
    }

    static ResourceBundle of(Language language) {
        return new HelpMessages(ResourceBundle.getBundle("org.gongkai.i18n.cli", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
