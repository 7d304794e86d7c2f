/**
 * What {@code load} and {@code load.data} both read with: text encodings, the words for yes and no, Chinese dates,
 * spelling suggestions. It uses neither, so the two loaders do not depend on each other both ways.
 */
package org.gongkai.load.text;
