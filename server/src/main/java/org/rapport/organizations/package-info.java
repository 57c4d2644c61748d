/**
 * Organizations (companies, schools, groups) and the roles people hold there (title, start, end).
 * Publishes {@link org.rapport.organizations.OrganizationService}; people's roles are read and
 * replaced through it.
 */
@NullMarked
package org.rapport.organizations;

import org.jspecify.annotations.NullMarked;
