package cn.techmarket.inbox;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/api/v1/inbox")
@Authenticated
@Tag(name = "inbox", description = "消息: notifications of interests, saved searches and followed needs")
class InboxResource {
    @Inject
    Inbox inbox;

    @GET
    @Operation(summary = "Your notifications, newest first (?unread=true for unread only)")
    public PageResult<NotificationView> list(@QueryParam("unread") boolean unread, @Valid @BeanParam PageQuery page) {
        return inbox.mine(unread, page);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of your notifications are unread")
    public Map<String, Long> unread() {
        return Map.of("unread", inbox.unread());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of your notifications read (404 for anyone else's)")
    public NotificationView read(@PathParam("id") long id) {
        return inbox.markRead(id);
    }

    @POST
    @Path("/read")
    @Operation(summary = "Mark all your notifications read")
    public Map<String, Integer> readAll() {
        return Map.of("marked", inbox.markAllRead());
    }
}
