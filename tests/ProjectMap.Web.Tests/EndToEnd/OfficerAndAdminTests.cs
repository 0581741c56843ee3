using ProjectMap.Domain.Projects;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>An officer edits only assigned projects; an admin manages users; all in Debian's Chromium.</summary>
public sealed class OfficerAndAdminTests(DefaultServer fixture) : IClassFixture<DefaultServer>
{
    [Fact]
    public async Task Officer_UpdatesAssignedStage_UnassignedProjectHasNoEditorAndApiRefuses403()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.LoginAsync(fixture.Server.BaseUrl, "officer", ViewerServerFixture.Password);

        await page.ClickAsync("#project-list li[data-code='WJ2023-001']");
        await page.WaitForSelectorAsync("[data-role=stage-input]");
        await page.FillAsync("[data-role=stage-input]", "设备安装调试");
        await page.ClickAsync("[data-role=stage-save]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-role=edit-message]')?.textContent === '已保存'");
        await browser.ScreenshotAsync("officer-1-stage-saved");
        Assert.Equal("设备安装调试", (await fixture.Server.Store.Projects.FindAsync(ProjectCode.Parse("WJ2023-001")))!.Stage);

        await page.ClickAsync("#project-list li[data-code='WJ2023-003']");
        await page.WaitForSelectorAsync("#panel[data-code='WJ2023-003']");
        Assert.Equal(0, await page.Locator("[data-role=stage-input]").CountAsync());
        var status = await page.EvaluateAsync<int>("""
            async () => {
              const s = await (await fetch('/api/session')).json();
              const r = await fetch('/api/projects/WJ2023-003/stage', { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': s.antiforgeryToken }, body: JSON.stringify({ stage: '开工' }) });
              return r.status;
            }
            """);
        Assert.Equal(403, status);
        Assert.Equal("投产", (await fixture.Server.Store.Projects.FindAsync(ProjectCode.Parse("WJ2023-003")))!.Stage);
        Assert.Empty(browser.NonLoopbackRequests());
    }

    [Fact]
    public async Task Admin_AddsUserOnTheAdminPage_SeesItAndTheAuditLog()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.LoginAsync(fixture.Server.BaseUrl, "admin", ViewerServerFixture.Password);
        Assert.True(await page.IsVisibleAsync("#admin-link"));

        await page.ClickAsync("#admin-link");
        await page.WaitForSelectorAsync("#users tr[data-user='officer']");
        await page.FillAsync("#new-name", "sun");
        await page.FillAsync("#new-display", "孙工");
        await page.SelectOptionAsync("#new-role", "officer");
        await page.SelectOptionAsync("#new-projects", ["WJ2023-005"]);
        await page.FillAsync("#new-password", "sun-password");
        await page.ClickAsync("#add-user button[type=submit]");
        await page.WaitForSelectorAsync("#users tr[data-user='sun']");
        await page.WaitForFunctionAsync("() => document.querySelector('#audit').textContent.includes('user.add')");
        await browser.ScreenshotAsync("admin-1-users-and-audit");

        var sun = await fixture.Server.Store.Users.FindAsync(Domain.Access.UserName.Parse("sun"));
        Assert.Equal(["WJ2023-005"], sun!.Projects.Select(p => p.Value));
        Assert.Empty(browser.NonLoopbackRequests());
    }
}
