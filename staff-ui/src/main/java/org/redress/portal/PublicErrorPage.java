package org.redress.portal;

import org.redress.platform.problem.Problem;

/**
 * A service with public pages renders errors on them in its own layout and the reader's language
 * (complaints-service); without such a bean every error page has the portal's layout.
 */
public interface PublicErrorPage {

    /** The whole HTML page telling a member of the public what {@code problem} means for them. */
    String render(Problem problem);
}
