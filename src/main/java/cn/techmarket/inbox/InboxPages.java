package cn.techmarket.inbox;

import cn.techmarket.common.PageQuery;
import cn.techmarket.common.PageResult;
import cn.techmarket.common.Pager;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;

/** /inbox: the signed-in user's notifications, with mark-read (one or all) and a link to what each is about. */
@Path("/inbox")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class InboxPages {
    @Inject
    Inbox inbox;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<NotificationView> result, boolean unread, Pager pager);
    }

    @GET
    public TemplateInstance list(@QueryParam("unread") boolean unread, @Valid @BeanParam PageQuery page) {
        PageResult<NotificationView> result = inbox.mine(unread, page);
        return Templates.list(result, unread, Pager.of("/inbox", Map.of("unread", unread ? "true" : ""), result));
    }

    /** Marks it read and, when asked to open it, goes where it points. */
    @POST
    @Path("/{id}/read")
    public Response read(@PathParam("id") long id, @org.jboss.resteasy.reactive.RestForm boolean open) {
        NotificationView n = inbox.markRead(id);
        return Response.seeOther(URI.create(open ? n.link() : "/inbox")).build();
    }

    @POST
    @Path("/read")
    public Response readAll() {
        inbox.markAllRead();
        return Response.seeOther(URI.create("/inbox")).build();
    }
}
