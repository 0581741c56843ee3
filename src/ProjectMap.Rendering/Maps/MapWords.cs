using System.Globalization;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Rendering.Maps;

/// <summary>The words around a map, in Chinese (default) or English.</summary>
public sealed class MapWords(bool english)
{
    /// <summary>True for English.</summary>
    public bool English { get; } = english;

    /// <summary>The title for an overlay, prefixed with the area's name when there is one.</summary>
    public string Title(MapOverlay overlay, string? area, string? projectName)
    {
        var subject = projectName ?? (English ? "Key Projects" : "重点项目");
        var what = overlay switch
        {
            MapOverlay.Investment => English ? "Investment" : "投资完成情况图",
            MapOverlay.Status => English ? "Status" : "建设状态图",
            _ => English ? "Construction Progress" : "建设进度图",
        };
        if (English)
        {
            var prefix = projectName is null && !string.IsNullOrWhiteSpace(area) ? area + " " : string.Empty;
            return $"{prefix}{subject}: {what}";
        }

        var zhPrefix = projectName is null ? area ?? string.Empty : string.Empty;
        return projectName is null ? $"{zhPrefix}{subject}{what}" : $"{projectName}{what}";
    }

    /// <summary>"2023年12月" or "December 2023".</summary>
    public string Month(YearMonth month) => English
        ? new DateTime(month.Year, month.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{month.Year}年{month.Month}月");

    /// <summary>"截至2023年12月31日" or "as of 31 December 2023".</summary>
    public string AsOf(DateOnly day) => English
        ? "as of " + day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"数据截至{day.Year}年{day.Month}月{day.Day}日");

    /// <summary>The subtitle line: month, as-of date and what colours mean.</summary>
    public string Subtitle(MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var basis = request.Overlay switch
        {
            MapOverlay.Investment => English ? "circle area ∝ planned investment, fill = investment progress" : "圆面积表示计划总投资，颜色表示投资完成率",
            MapOverlay.Status => English ? "outline = status (normal / warning / delayed)" : "边框表示项目状态（正常／预警／滞后）",
            _ => ProgressTitle(request.Progress),
        };
        return English ? $"{Month(request.Month)} · {AsOf(request.AsOfDate)} · {basis}" : $"{Month(request.Month)} · {AsOf(request.AsOfDate)} · {basis}";
    }

    /// <summary>The notes section's heading.</summary>
    public string NotesHeading => English ? "Notes" : "说明";

    /// <summary>
    /// The notes a reader needs to read the map: how the figures are defined, the status rule (the default
    /// <c>StatusRules</c>: 30 days, 15 and 30 points), where the land areas come from, and what insets are.
    /// </summary>
    public IReadOnlyList<string> Explanations(bool insets) => English
        ?
        [
            "Schedule progress: share of milestone weight reached; investment progress: cumulative investment to the month's end ÷ planned total.",
            "Status: warning when a milestone is overdue (up to 30 days) or the year's investment is 15+ points behind the elapsed plan; delayed beyond 30 days or 30 points.",
            "Land: declared area in mu where given, else the parcel's ellipsoidal area (1 mu = 666.67 m²).",
            .. insets ? new[] { "Insets show small sites at a large scale with their latest drone photo." } : [],
        ]
        :
        [
            "建设进度为已完成里程碑的权重占比；投资完成率为截至月末累计完成投资÷计划总投资。",
            "状态：里程碑逾期（30天以内）或年度投资进度落后时序15个百分点以上为预警；逾期超过30天或落后30个百分点以上为滞后。",
            "用地面积取申报面积，无申报的按地块椭球面积计算（1亩=666.67平方米）。",
            .. insets ? new[] { "详图为小地块项目的放大图及其最近一期航拍影像。" } : [],
        ];

    /// <summary>The legend heading of the progress ramp.</summary>
    public string ProgressTitle(ProgressMeasure measure) => measure == ProgressMeasure.Investment
        ? (English ? "Investment progress (cumulative ÷ planned total)" : "投资完成率（累计完成÷计划总投资）")
        : (English ? "Schedule progress (milestone weights reached)" : "建设进度（已完成里程碑权重占比）");

    /// <summary>The short name of a progress measure for table headers.</summary>
    public string ProgressShort(ProgressMeasure measure) => measure == ProgressMeasure.Investment
        ? (English ? "Invest." : "投资完成")
        : (English ? "Progress" : "建设进度");

    /// <summary>A status word: 正常 / 预警 / 滞后.</summary>
    public string Status(StatusLevel level) => English
        ? level switch { StatusLevel.Warning => "Warning", StatusLevel.Delayed => "Delayed", _ => "Normal" }
        : StatusLevels.Label(level, english: false);

    /// <summary>Legend heading.</summary>
    public string Legend => English ? "Legend" : "图例";

    /// <summary>Summary heading.</summary>
    public string Summary => English ? "Summary" : "概况";

    /// <summary>Project list heading.</summary>
    public string ProjectList => English ? "Projects" : "项目一览";

    /// <summary>No figure.</summary>
    public string NoData => English ? "No figure" : "无数据";

    /// <summary>Parcel legend entry.</summary>
    public string Parcel => English ? "Project parcel" : "项目用地";

    /// <summary>Small-parcel marker legend entry.</summary>
    public string SmallParcel => English ? "Parcel too small to show: square marker" : "用地过小，以方块示意位置";

    /// <summary>Imagery legend entry.</summary>
    public string Imagery(bool synthetic) => English
        ? (synthetic ? "Drone imagery (synthetic sample), latest up to the month" : "Drone imagery, latest up to the month")
        : (synthetic ? "无人机航拍影像（合成样例），截至当月最近一期" : "无人机航拍影像，截至当月最近一期");

    /// <summary>Label index legend entry.</summary>
    public string NumberNote => English ? "Number = row in the project list" : "编号对应项目一览表序号";

    /// <summary>An inset's photo caption: the day of the latest drone photo.</summary>
    public string PhotoOf(string day) => English ? $"Drone photo {day}" : $"航拍 {day}";

    /// <summary>The circle-size legend heading.</summary>
    public string CircleTitle => English ? "Planned total investment (circle area ∝ amount)" : "计划总投资（圆面积与金额成正比）";

    /// <summary>Note under the circle legend when the smallest circles are enlarged.</summary>
    public string MinimumCircle(string amount) => English
        ? $"Projects under {amount} are drawn at the smallest size"
        : $"不足{amount}的项目按最小圆表示";

    /// <summary>Status legend heading.</summary>
    public string StatusTitle => English ? "Status (outline)" : "项目状态（边框）";

    /// <summary>Status legend detail.</summary>
    public string StatusDetail(StatusLevel level) => English
        ? level switch { StatusLevel.Warning => "Warning: dashed amber", StatusLevel.Delayed => "Delayed: thick red double line", _ => "Normal: thin green" }
        : level switch { StatusLevel.Warning => "预警：橙色虚线", StatusLevel.Delayed => "滞后：红色粗双线", _ => "正常：绿色细实线" };

    /// <summary>Table headers: number, name, investment, land, value, status.</summary>
    public string[] TableHeaders(string valueHeader) => English
        ? ["No.", "Project", "Invest. ¥M", "Land mu", valueHeader, "Status"]
        : ["序号", "项目名称", "总投资万元", "用地亩", valueHeader, "状态"];

    /// <summary>"… and 12 more" under a cut table.</summary>
    public string MoreProjects(int count) => English
        ? string.Create(CultureInfo.InvariantCulture, $"… and {count} more projects (largest investment first above)")
        : string.Create(CultureInfo.InvariantCulture, $"……另有 {count} 个项目未列出（上表按计划总投资排序）");

    /// <summary>Note when labels were left out.</summary>
    public string OmittedLabels(int count) => English
        ? string.Create(CultureInfo.InvariantCulture, $"{count} labels left out for lack of space; see the project list")
        : string.Create(CultureInfo.InvariantCulture, $"{count} 个项目因图面空间不足未标注名称，见项目一览");

    /// <summary>Note for projects without a parcel.</summary>
    public string Unplaced(int count) => English
        ? string.Create(CultureInfo.InvariantCulture, $"{count} project(s) have no parcel and are listed only")
        : string.Create(CultureInfo.InvariantCulture, $"{count} 个项目无用地范围，仅列表显示");

    /// <summary>Message in an empty map.</summary>
    public string NoProjects => English ? "No projects with parcels to map" : "暂无可上图的项目";

    /// <summary>Message when the focus project has no imagery.</summary>
    public string NoImagery => English ? "No drone imagery up to this month" : "截至本月无航拍影像";

    /// <summary>Summary lines.</summary>
    public IReadOnlyList<string> SummaryLines(int count, decimal plannedWan, decimal cumulativeWan, decimal monthWan, int normal, int warning, int delayed)
    {
        var pct = plannedWan > 0 ? cumulativeWan / plannedWan * 100 : (decimal?)null;
        return English
            ?
            [
                string.Create(CultureInfo.InvariantCulture, $"{count} projects, planned {MapFormat.Money(plannedWan, true)}"),
                $"Invested to date {MapFormat.Money(cumulativeWan, true)} ({MapFormat.Pct(pct)}); this month {MapFormat.Money(monthWan, true)}",
                string.Create(CultureInfo.InvariantCulture, $"Normal {normal} · Warning {warning} · Delayed {delayed}"),
            ]
            :
            [
                string.Create(CultureInfo.InvariantCulture, $"项目 {count} 个，计划总投资 {MapFormat.Money(plannedWan, false)}"),
                $"累计完成投资 {MapFormat.Money(cumulativeWan, false)}（{MapFormat.Pct(pct)}），本月完成 {MapFormat.Money(monthWan, false)}",
                string.Create(CultureInfo.InvariantCulture, $"正常 {normal} 个 · 预警 {warning} 个 · 滞后 {delayed} 个"),
            ];
    }

    /// <summary>North arrow caption.</summary>
    public string North => English ? "N" : "北";

    /// <summary>What the north arrow shows, with the convergence at the map's centre.</summary>
    public string NorthNote(double trueNorthGridAzimuthDeg)
    {
        var deg = Math.Abs(trueNorthGridAzimuthDeg).ToString(Math.Abs(trueNorthGridAzimuthDeg) < 0.1 ? "0.000" : "0.00", CultureInfo.InvariantCulture);
        var side = trueNorthGridAzimuthDeg < 0 ? (English ? "west" : "西") : (English ? "east" : "东");
        return English
            ? $"Arrow: true north at the map centre, {deg}° {side} of grid north (map up)"
            : $"指北针指向图幅中心真北，偏坐标北（图幅上方）{side} {deg}°";
    }

    /// <summary>Scale caption.</summary>
    public string ScaleCaption(string scale, string paper) => English ? $"Scale {scale} (printed on {paper})" : $"比例尺 {scale}（{paper} 打印）";

    /// <summary>The numeric scale alone (a map placed inside another page, printed at 100 %).</summary>
    public string ScaleOnly(string scale) => English ? $"Scale {scale}" : $"比例尺 {scale}";

    /// <summary>Scale bar note.</summary>
    public string ScaleBarNote => English ? "Scale bar in true ground metres at the map centre" : "比例尺为图幅中心实地距离";

    /// <summary>The projection line.</summary>
    public string Projection(int zone, int centralMeridian, int epsg, string gridInterval) => English
        ? string.Create(CultureInfo.InvariantCulture, $"CGCS2000 3° Gauss-Kruger zone {zone}, CM {centralMeridian}°E (EPSG:{epsg}); grid {gridInterval}, labels in km")
        : string.Create(CultureInfo.InvariantCulture, $"CGCS2000 高斯-克吕格投影 3°带第 {zone} 带，中央经线 {centralMeridian}°E（EPSG:{epsg}）；方里网 {gridInterval}，注记单位 km");

    /// <summary>Credit line parts.</summary>
    public string Credit(DateOnly asOf, string? publisher, string? imagery, string? basemap)
    {
        var parts = new List<string>
        {
            English
                ? "Data: key-project ledger " + AsOf(asOf)
                : "数据来源：重点项目台账（" + AsOf(asOf) + "）",
        };
        if (imagery is not null)
        {
            parts.Add(English ? "Imagery: " + imagery : "影像：" + imagery);
        }

        if (basemap is not null)
        {
            parts.Add(English ? "Basemap: " + basemap : "底图：" + basemap);
        }

        parts.Add(English ? "Map: " + (publisher ?? "ProjectMap") : "制图：" + (publisher ?? "ProjectMap"));
        return string.Join(English ? "; " : "；", parts);
    }

    /// <summary>Imagery credit.</summary>
    public string ImageryCredit(bool synthetic) => English
        ? (synthetic ? "synthetic drone photos rendered by ProjectMap (sample data, not real photographs)" : "project drone photos")
        : (synthetic ? "ProjectMap 合成的样例无人机影像（非真实照片）" : "项目无人机航拍");

    /// <summary>审图号 label.</summary>
    public string ReviewNumber => English ? "Map review no. (审图号):" : "审图号：";
}
