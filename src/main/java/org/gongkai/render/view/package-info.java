/**
 * View records handed to the Mustache templates: ready strings (formatted dates and amounts, page-relative URLs)
 * and booleans for sections. Templates hold no logic beyond Mustache sections.
 */
package org.gongkai.render.view;
