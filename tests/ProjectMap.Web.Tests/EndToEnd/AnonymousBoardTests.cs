using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>With --allow-anonymous-read the map opens without a login (a public progress board).</summary>
public sealed class AnonymousBoardTests(AnonymousReadServer fixture) : IClassFixture<AnonymousReadServer>
{
    [Fact]
    public async Task Anonymous_OpensTheMap_SeesParcelsAsVisitor()
    {
        await using var browser = await BrowserSession.StartAsync();

        await browser.Page.GotoAsync(fixture.Server.BaseUrl + "/");
        await browser.WaitForMapAsync();

        Assert.Equal(6, await browser.Page.EvaluateAsync<int>("() => window.__projectmap.featureCount()"));
        Assert.Equal("访客（只读）", await browser.Page.TextContentAsync("#user"));
        Assert.True(await browser.Page.IsVisibleAsync("#login-link"));
        await browser.ScreenshotAsync("anonymous-board");
        Assert.Empty(browser.NonLoopbackRequests());
    }
}
