/**
 * What every REST endpoint shares: errors as RFC 9457 problem+json, the paged list shape,
 * the JSON body size limit and the OpenAPI description. Features throw the exceptions defined
 * here; {@link org.rapport.api.ApiExceptionHandler} turns them into answers.
 */
@NullMarked
package org.rapport.api;

import org.jspecify.annotations.NullMarked;
