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

        var stage = await client.SendAsync(HttpMethod.Put, "/api/projects/WJ2023-001/stage", new { stage = "开工" });
        var users = await client.Http.GetAsync("/api/users");
        var admin = await client.Http.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Unauthorized, stage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
    }
}
