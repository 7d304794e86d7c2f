/**
 * The content rules, one class per kind behind {@link org.gongkai.lint.rule.ContentRule}; each says what it reads
 * ({@link org.gongkai.lint.rule.RuleInput}). They use {@code lint.text} and {@code lint.data}, never the other way.
 */
package org.gongkai.lint.rule;
