package org.w3id.cityrights.cache;

/** An answer exactly as sent: body, Content-Type and the entity tag that names it. */
public record CachedAnswer(byte[] body, String contentType, String etag) {}
