package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.file.FileContent;
import uk.partnership.portal.paper.AgendaPackService;
import uk.partnership.portal.paper.PaperForm;
import uk.partnership.portal.paper.PaperService;
import uk.partnership.portal.paper.PaperView;
import uk.partnership.portal.web.support.Downloads;
import uk.partnership.portal.web.support.Uploads;

/** Committee reports, their files and the agenda pack. Files are always sent as downloads, never rendered. */
@ApplicationScoped
@Path("")
@Tag(name = "Papers")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class PaperResource {

    @Inject
    PaperService papers;

    @Inject
    AgendaPackService packs;

    @POST
    @Path("agenda-items/{id}/papers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a committee report to an agenda item (the body's secretaries)")
    public Response create(@PathParam("id") long itemId, PaperForm form) {
        return Response.status(Response.Status.CREATED).entity(papers.createPaper(itemId, BodyResource.required(form)))
                .build();
    }

    @GET
    @Path("papers/{id}")
    public PaperView get(@PathParam("id") long id) {
        return papers.getPaper(id);
    }

    @PUT
    @Path("papers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaperView update(@PathParam("id") long id, PaperForm form) {
        return papers.updatePaper(id, BodyResource.required(form));
    }

    @POST
    @Path("papers/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a file for the paper", description = "Send the bytes as the body and the file "
            + "name as ?name=; ?replaces= gives the file this one replaces. The type is read from the content.")
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name,
                           @QueryParam("replaces") Long replaces, InputStream body) throws IOException {
        byte[] content = Uploads.readLimited(body, papers.maxUploadBytes());
        return Response.status(Response.Status.CREATED).entity(papers.upload(id, name, content, replaces)).build();
    }

    @GET
    @Path("papers/{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The paper's main file, as a download")
    public Response paperFile(@PathParam("id") long id) {
        return download(papers.paperFile(id));
    }

    @GET
    @Path("attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "One file of a paper, as a download")
    public Response attachment(@PathParam("id") long id) {
        return download(papers.download(id));
    }

    @GET
    @Path("meetings/{id}/pack.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The agenda pack for the caller: only what they may see")
    public Response pack(@PathParam("id") long id) {
        return download(new FileContent("agenda-pack-" + id + ".pdf", "application/pdf", null, packs.pack(id)));
    }

    /** Shared with the page-side file servlet: always an attachment, never sniffed. */
    public static Response download(FileContent file) {
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", Downloads.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
