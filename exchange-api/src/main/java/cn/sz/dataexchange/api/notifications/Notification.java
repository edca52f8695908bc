package cn.sz.dataexchange.api.notifications;

import java.time.Instant;
import java.util.UUID;

/** Something that happened that an organisation should know about. {@code payload} is JSON. */
public record Notification(UUID id, UUID orgId, String type, String subject, String payload, Instant createdAt) {
}
