using ProjectMap.Domain.Projects;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>An officer records milestones only of assigned projects; an admin manages users; all in Debian's Chromium.</summary>
public sealed class OfficerAndAdminTests(DefaultServer fixture) : IClassFixture<DefaultServer>
{
    [Fact]
    public async Task Officer_RecordsMilestoneOfAssignedProject_UnassignedProjectHasNoFormAndApiRefuses403()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.LoginAsync(fixture.Server.BaseUrl, "officer", ViewerServerFixture.Password);
        Assert.True(await page.IsVisibleAsync("#upload-link"));

        // 江苏常氢's structure was topped out late: the officer records the actual date with the reason.
        await page.ClickAsync("#project-list li[data-code='WJ2023-002']");
        await page.WaitForSelectorAsync("#panel[data-code='WJ2023-002'] [data-role=milestone-form]");
        Assert.Equal("overdue-delayed", await page.GetAttributeAsync("#panel li[data-step='topping-out']", "data-signal"));
        Assert.Equal("topping-out", await page.InputValueAsync("[data-role=milestone-step]"));
        await page.SelectOptionAsync("[data-role=milestone-field]", "actual");
        await page.FillAsync("[data-role=milestone-date]", "2023-12-20");
        await page.FillAsync("[data-role=milestone-reason]", "钢结构封顶，监理签字确认");
        await page.ClickAsync("[data-role=milestone-save]");
        await page.WaitForSelectorAsync("#panel li[data-step='topping-out'][data-signal='reached']");
        Assert.Contains("当前形象进度：主体结构封顶", await page.Locator("#panel [data-section=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("钢结构封顶，监理签字确认", await page.Locator("#panel .milestone-history").TextContentAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("officer-1-milestone-recorded");
        var change = (await fixture.Server.Store.Ledger.GetAsync(ProjectCode.Parse("WJ2023-002"))).MilestoneChanges.Last();
        Assert.Equal(("topping-out", "2023-12-20", "钢结构封顶，监理签字确认"), (change.StepKey, change.NewValue, change.Reason));
        Assert.Equal("主体结构封顶", (await fixture.Server.Store.Projects.FindAsync(ProjectCode.Parse("WJ2023-002")))!.Stage);

        // An unassigned project: no form, and the API refuses the officer.
        await page.ClickAsync("#project-list li[data-code='WJ2023-005']");
        await page.WaitForSelectorAsync("#panel[data-code='WJ2023-005'] [data-section=milestones]");
        Assert.Equal(0, await page.Locator("[data-role=milestone-form]").CountAsync());
        var status = await page.EvaluateAsync<int>("""
            async () => {
              const s = await (await fetch('/api/session')).json();
              const r = await fetch('/api/projects/WJ2023-005/milestones/acceptance', { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': s.antiforgeryToken }, body: JSON.stringify({ actual: '2023-12-20', reason: '现场核实' }) });
              return r.status;
            }
            """);
        Assert.Equal(403, status);
        Assert.Equal("设备安装调试", (await fixture.Server.Store.Projects.FindAsync(ProjectCode.Parse("WJ2023-005")))!.Stage);
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
