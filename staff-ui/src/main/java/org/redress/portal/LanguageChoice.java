package org.redress.portal;

/** One entry of the portal's language switch: the language's own name, the link that picks it, whether it is the page's. */
public record LanguageChoice(String code, String name, String href, boolean current) {
}
