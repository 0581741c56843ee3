using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.Api;

/// <summary>A server started with --allow-anonymous-read: reading needs no login, writing still does.</summary>
public sealed class AnonymousReadTests(AnonymousReadServer fixture) : IClassFixture<AnonymousReadServer>
{
    [Fact]
    public async Task Anonymous_ReadsPagesApiAndOgc()
    {
        using var client = new ViewerClient(fixture.Server.BaseUrl);

        var page = await client.Http.GetAsync("/");
        var projects = await client.Http.GetFromJsonAsync<JsonElement>("/api/projects");
        var items = await client.Http.GetAsync("/ogc/collections/projects/items");
        var session = await client.SessionAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(6, projects.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, items.StatusCode);
        Assert.True(session.GetProperty("canRead").GetBoolean());
        Assert.False(session.GetProperty("authenticated").GetBoolean());
    }

    [Fact]
    public async Task Anonymous_Writes_Returns401AndAdminPagesStayClosed()
    {
        using var client = new ViewerClient(fixture.Server.BaseUrl);
        await client.SessionAsync();

        var milestone = await client.SendAsync(HttpMethod.Put, "/api/projects/WJ2023-001/milestones/开工", new { actual = "2023-01-01", reason = "x" });
        var upload = await client.SendAsync(HttpMethod.Post, "/api/uploads", new { fileName = "DJI_0001.JPG", size = 1000, project = "WJ2023-001" });
        var users = await client.Http.GetAsync("/api/users");
        var admin = await client.Http.GetAsync("/admin");
        var uploadPage = await client.Http.GetAsync("/upload");
        var photo = await client.Http.GetAsync("/api/photos?month=2023-12");

        Assert.Equal(HttpStatusCode.Unauthorized, milestone.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, uploadPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }
}
