package org.redress.portal;

/** One link of the portal's navigation; {@code current} marks the section the page belongs to. */
public record NavItem(String label, String href, boolean current) {
}
