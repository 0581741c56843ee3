using System.Globalization;
using NetTopologySuite.Geometries;
using ProjectMap.Domain.Ledger;
using ProjectMap.Reports.Model;
using ProjectMap.Reports.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// 三、项目详情: one page per project — its name and status, the key figures, the latest drone photo beside the same
/// view a month earlier (both warped north-up into one ground view with the parcel and footprints outlined), the
/// milestone table rated red/amber/green, and the investment S-curve (plan against actual).
/// </summary>
public static class ProjectPage
{
    private const float LeftWidth = 470;
    private const float Gap = 14;
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>Draws the page of <paramref name="project"/>.</summary>
    public static void Draw(ReportPage page, ProjectReport project)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(project);
        var t = page.Text;
        var s = project.Status;
        page.Header();
        var title = string.Create(Ic, $"{t.Pick("三、项目详情", "3. Projects")}　{project.Sequence}. {t.Name(project)}");
        page.Section(title, ReportPage.ContentTop + 4);
        StatusChip(page, s.Level, ReportPage.ContentTop + 4);
        var y = Figures(page, project, ReportPage.ContentTop + 30);
        y = Reasons(page, s, y + 4);

        var left = ReportPage.Margin;
        var right = left + LeftWidth + Gap;
        var rightWidth = ReportPage.Width - ReportPage.Margin - right;
        var photosBottom = Photos(page, project, new SKRect(left, y + 4, left + LeftWidth, y + 4 + 196));
        InvestmentChart.Draw(page.Canvas, page.Fonts, new SKRect(left, photosBottom + 12, left + LeftWidth, ReportPage.ContentBottom), project.Curve, t);
        var tableBottom = Milestones(page, project, right, y + 4, rightWidth);
        PhotoFacts(page, project, right, tableBottom + 14, rightWidth);
        page.Footer();
    }

    private static void StatusChip(ReportPage page, StatusLevel level, float top)
    {
        using var font = page.Fonts.Font(10, bold: true);
        var text = page.Text.Status(level);
        var width = TextDraw.Width(font, text) + 22;
        var x = ReportPage.Width - ReportPage.Margin - width;
        using var fill = new SKPaint { Color = ReportPalette.LightOf(level), IsAntialias = true };
        using var dot = new SKPaint { Color = ReportPalette.Of(level), IsAntialias = true };
        page.Canvas.DrawRoundRect(new SKRect(x, top, x + width, top + 18), 9, 9, fill);
        page.Canvas.DrawCircle(x + 9, top + 9, 3.5f, dot);
        TextDraw.Line(page.Canvas, text, x + 15, top + 13, font, ReportPalette.Of(level));
    }

    /// <summary>The key figures as a row of labelled values; returns the y below them.</summary>
    private static float Figures(ReportPage page, ProjectReport project, float top)
    {
        var t = page.Text;
        var s = project.Status;
        var items = new (string Label, string Value)[]
        {
            (t.Pick("建设地点", "Location"), project.Project.Location),
            (t.Pick("总投资(万元)", "Total (万元)"), ReportText.Wan(s.TotalInvestmentWan)),
            (t.Pick(string.Create(Ic, $"{page.Report.Month.Year}年计划(万元)"), string.Create(Ic, $"{page.Report.Month.Year} plan (万元)")), s.AnnualPlanWan is { } plan ? ReportText.Wan(plan) : "—"),
            (t.Pick("本月完成(万元)", "This month (万元)"), ReportText.Wan(s.MonthInvestmentWan)),
            (t.Pick("累计完成(万元)", "To date (万元)"), ReportText.Wan(s.CumulativeInvestmentWan) + t.Pick("（", " (") + ReportText.PercentValue(s.InvestmentProgressPct) + t.Pick("）", ")")),
            (t.Pick("形象进度", "Stage"), t.Stage(s)),
            (t.Pick("计划竣工", "Planned completion"), ReportText.Date(project.PlannedCompletion) is { Length: > 0 } d ? d : "—"),
        };
        float[] widths = [150, 90, 95, 90, 135, 110, 100];
        var scale = ReportPage.ContentWidth / widths.Sum();
        using var fill = new SKPaint { Color = ReportPalette.Zebra, IsAntialias = true };
        page.Canvas.DrawRect(ReportPage.Margin, top, ReportPage.ContentWidth, 36, fill);
        using var labelFont = page.Fonts.Font(7.5f);
        using var valueFont = page.Fonts.Font(10.5f, bold: true);
        using var rule = new SKPaint { Color = ReportPalette.Rule, StrokeWidth = 0.4f, IsStroke = true };
        var x = ReportPage.Margin;
        for (var i = 0; i < items.Length; i++)
        {
            var w = widths[i] * scale;
            TextDraw.Line(page.Canvas, items[i].Label, x + 8, top + 13, labelFont, ReportPalette.Muted);
            TextDraw.Fitted(page.Canvas, items[i].Value, x + 8, top + 29, w - 12, valueFont, ReportPalette.Ink);
            if (i > 0)
            {
                page.Canvas.DrawLine(x, top + 6, x, top + 30, rule);
            }

            x += w;
        }

        return top + 36;
    }

    /// <summary>The reasons of a warning or delay, in the status colour; returns the y below them.</summary>
    private static float Reasons(ReportPage page, ProjectStatus status, float top)
    {
        var reasons = status.Reasons.Where(r => r.Level == status.Level).Select(r => r.Text(page.Text.English)).ToList();
        if (status.Level == StatusLevel.Normal || reasons.Count == 0)
        {
            return top;
        }

        using var font = page.Fonts.Font(8.5f);
        var text = page.Text.Pick("原因：", "Reasons: ") + string.Join(page.Text.Pick("；", "; "), reasons);
        var height = TextDraw.Paragraph(page.Canvas, text, ReportPage.Margin + 2, top + 2, ReportPage.ContentWidth - 4, font, ReportPalette.Of(status.Level), 12);
        return top + height + 2;
    }

    /// <summary>The latest photo and the same view earlier, side by side in one ground view; returns the y below the captions.</summary>
    private static float Photos(ReportPage page, ProjectReport project, SKRect area)
    {
        var t = page.Text;
        var panelWidth = (area.Width - 10) / 2;
        var panelHeight = area.Height - 16;
        var latestRect = new SKRect(area.Left, area.Top, area.Left + panelWidth, area.Top + panelHeight);
        var earlierRect = new SKRect(latestRect.Right + 10, area.Top, area.Right, area.Top + panelHeight);
        Geometry parcel = project.Project.Parcel;
        var context = new[] { project.LatestPhoto?.Footprint, project.EarlierPhoto?.Footprint }.OfType<Geometry>().ToList();
        var focus = parcel.IsEmpty ? context.FirstOrDefault() : parcel;
        using var captionFont = page.Fonts.Font(8);
        var captionY = area.Top + panelHeight + 11;
        if (focus is null)
        {
            foreach (var rect in new[] { latestRect, earlierRect })
            {
                using var fill = new SKPaint { Color = PhotoPanel.NoImagery };
                page.Canvas.DrawRect(rect, fill);
                using var font = page.Fonts.Font(9);
                TextDraw.Line(page.Canvas, t.Pick("无地块范围，亦无航拍", "No parcel and no drone photo"), rect.MidX, rect.MidY, font, ReportPalette.Muted, SKTextAlign.Center);
            }

            return captionY + 4;
        }

        // One view for both panels, so the two dates line up on the ground.
        var latestView = GroundView.Around(focus, context, latestRect, margin: 0.08);
        var earlierView = latestView.Moved(earlierRect);
        PhotoPanel.Draw(page.Canvas, page.Fonts, latestView, project.LatestPhoto, parcel, page.PaperScale, t.Pick("截至本月暂无航拍", "No drone photo up to this month"));
        PhotoPanel.Draw(page.Canvas, page.Fonts, earlierView, project.EarlierPhoto, parcel, page.PaperScale, t.Pick("无更早的航拍", "No earlier drone photo"));
        var latest = project.LatestPhoto is { } lp
            ? t.Pick("最新航拍 ", "Latest photo ") + ReportText.Date(lp.Day) + (lp.Month == page.Report.Month ? string.Empty : t.Pick("（本月未航拍）", " (none this month)"))
            : t.Pick("最新航拍：无", "Latest photo: none");
        var earlier = project.EarlierPhoto is { } ep
            ? (project.EarlierIsPreviousMonth ? t.Pick("上月同一视角 ", "Same view a month earlier ") : t.Pick("此前最近一次航拍 ", "Previous photo ")) + ReportText.Date(ep.Day)
            : t.Pick("上月同一视角：无航拍", "A month earlier: no photo");
        TextDraw.Fitted(page.Canvas, latest, latestRect.Left, captionY, latestRect.Width, captionFont, ReportPalette.Ink);
        TextDraw.Fitted(page.Canvas, earlier, earlierRect.Left, captionY, earlierRect.Width, captionFont, ReportPalette.Ink);
        return captionY + 4;
    }

    /// <summary>The milestone table with red/amber/green dots; returns the y below it.</summary>
    private static float Milestones(ReportPage page, ProjectReport project, float x, float top, float width)
    {
        var t = page.Text;
        using (var head = page.Fonts.Font(9, bold: true))
        {
            TextDraw.Line(page.Canvas, t.Pick("里程碑节点", "Milestones"), x, top + 9, head, ReportPalette.Ink);
        }

        var table = new ReportTable(page.Fonts,
        [
            new(t.Pick("节点", "Step"), width * 0.27f),
            new(t.Pick("计划日期", "Planned"), width * 0.22f, SKTextAlign.Center),
            new(t.Pick("实际/预计", "Actual / forecast"), width * 0.22f, SKTextAlign.Center),
            new(t.Pick("状态", "State"), width * 0.29f),
        ], 7.5f);
        foreach (var m in project.Milestones)
        {
            var muted = m.Rag == Rag.None ? ReportPalette.Muted : (SKColor?)null;
            var actual = m.Actual is { } a ? ReportText.Date(a) : m.Forecast is { } f ? ReportText.Date(f) + t.Pick("(预计)", " (fc.)") : "—";
            table.Rows.Add(
            [
                new TableCell(m.Step.Name(t.English), Color: muted),
                new TableCell(ReportText.Date(m.Planned) is { Length: > 0 } p ? p : "—", Color: muted),
                new TableCell(actual, Color: muted),
                new TableCell(t.MilestoneState(m), Color: m.Rag is Rag.Red or Rag.Amber ? ReportPalette.Of(m.Rag) : muted, Dot: ReportPalette.Of(m.Rag), Bold: m.Rag is Rag.Red),
            ]);
        }

        if (table.Rows.Count == 0)
        {
            using var font = page.Fonts.Font(8.5f);
            TextDraw.Line(page.Canvas, t.Pick("台账中无里程碑", "No milestones in the ledger"), x, top + 30, font, ReportPalette.Muted);
            return top + 36;
        }

        var height = table.Draw(page.Canvas, x, top + 15, 0, table.Rows.Count);
        var y = top + 15 + height + 10;
        using var legend = page.Fonts.Font(7);
        using var dot = new SKPaint { IsAntialias = true };
        var lx = x;
        foreach (var (rag, label) in new[]
        {
            (Rag.Green, t.Pick("绿：已完成或按计划", "Green: reached or on plan")),
            (Rag.Amber, t.Pick("黄：预警", "Amber: warning")),
            (Rag.Red, t.Pick("红：滞后", "Red: delayed")),
        })
        {
            dot.Color = ReportPalette.Of(rag);
            page.Canvas.DrawCircle(lx + 3, y - 2.5f, 2.8f, dot);
            TextDraw.Line(page.Canvas, label, lx + 8, y, legend, ReportPalette.Muted);
            lx += 14 + TextDraw.Width(legend, label);
        }

        return y + 4;
    }

    /// <summary>What the photos are: file, flight height, ground resolution, accuracy and parcel coverage.</summary>
    private static void PhotoFacts(ReportPage page, ProjectReport project, float x, float top, float width)
    {
        var t = page.Text;
        using var head = page.Fonts.Font(9, bold: true);
        TextDraw.Line(page.Canvas, t.Pick("航拍说明", "About the photos"), x, top + 9, head, ReportPalette.Ink);
        using var font = page.Fonts.Font(7.5f);
        var lines = new List<string>();
        foreach (var (label, photo) in new[] { (t.Pick("最新", "Latest"), project.LatestPhoto), (t.Pick("对比", "Earlier"), project.EarlierPhoto) })
        {
            if (photo is null)
            {
                continue;
            }

            var sep = t.Pick("，", ", ");
            lines.Add(string.Create(Ic, $"{label}{t.Pick("：", ": ")}{photo.FileName}{sep}{ReportText.Date(photo.Day)}{sep}{t.Pick("航高", "height")} {photo.HeightAboveGroundM:0} m{sep}{t.Pick("地面分辨率", "GSD")} {photo.GsdCm:0.0} cm{sep}{t.Pick("定位误差约", "accuracy ≈")} {photo.AccuracyM:0.0} m{sep}{t.Pick("覆盖地块", "parcel covered")} {photo.ParcelCoveredShare * 100:0}%"));
        }

        lines.Add(t.Pick(
            "照片按其像素—地面单应关系纠正为正北朝上，两期同一比例尺；黄线为项目地块，白色虚线为照片地面覆盖范围。",
            "Photos are warped north-up through their pixel-to-ground homography at one scale; yellow: the parcel; white dashes: the photo's ground footprint."));
        var y = top + 16;
        foreach (var line in lines)
        {
            y += TextDraw.Paragraph(page.Canvas, line, x, y, width, font, ReportPalette.Muted, 10.5f) + 2;
        }
    }
}
