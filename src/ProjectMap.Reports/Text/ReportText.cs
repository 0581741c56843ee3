using System.Globalization;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;
using ProjectMap.Reports.Model;

namespace ProjectMap.Reports.Text;

/// <summary>The monthly report's words in Simplified Chinese (default) or English, shared by every writer so the formats agree.</summary>
public sealed class ReportText
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>The words for a language.</summary>
    public ReportText(bool english) => English = english;

    /// <summary>True for English.</summary>
    public bool English { get; }

    /// <summary>The words of a report's language.</summary>
    public static ReportText For(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportText(report.English);
    }

    /// <summary>The report's title, e.g. 武进区重点项目建设进展月报.</summary>
    public string Title(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return English
            ? (report.District.Length > 0 ? report.District + " " : string.Empty) + "Key Projects Monthly Progress Report"
            : report.District + "重点项目建设进展月报";
    }

    /// <summary>A month as words: 2023年12月 or December 2023.</summary>
    public string MonthName(YearMonth month) => English
        ? new DateTime(month.Year, month.Month, 1).ToString("MMMM yyyy", Ic)
        : string.Create(Ic, $"{month.Year}年{month.Month}月");

    /// <summary>A day as words: 2023年12月31日 or 31 December 2023.</summary>
    public string DayName(DateOnly day) => English
        ? day.ToString("d MMMM yyyy", Ic)
        : string.Create(Ic, $"{day.Year}年{day.Month}月{day.Day}日");

    /// <summary>A date in the tables: yyyy-MM-dd, or empty for null.</summary>
    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", Ic) ?? string.Empty;

    /// <summary>An amount in 万元 with thousands separators and up to 2 decimals (e.g. 35,000 or 1,150.5).</summary>
    public static string Wan(decimal wan) => wan.ToString("#,0.##", Ic);

    /// <summary>An amount in 亿元 with 2 decimals (e.g. 5.00).</summary>
    public static string Yi(decimal wan) => Domain.Units.MoneyUnits.WanToYi(wan).ToString("#,0.00", Ic);

    /// <summary>A fraction as a percentage with one decimal (0.7 → 70.0%), or a dash for null.</summary>
    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100m).ToString("0.0", Ic) + "%" : "—";

    /// <summary>A percentage value with one decimal (70 → 70.0%), or a dash for null.</summary>
    public static string PercentValue(decimal? pct) => pct is { } p ? p.ToString("0.0", Ic) + "%" : "—";

    /// <summary>The status word: 正常/预警/滞后 or Normal/Warning/Delayed.</summary>
    public string Status(StatusLevel level) => English
        ? level switch { StatusLevel.Normal => "Normal", StatusLevel.Warning => "Warning", _ => "Delayed" }
        : StatusLevels.Label(level, false);

    /// <summary>The reasons of a status joined into one text.</summary>
    public string Reasons(ProjectStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return string.Join(English ? "; " : "；", status.Reasons.Select(r => r.Text(English)));
    }

    /// <summary>The stage name (形象进度), or 未开工 / not started.</summary>
    public string Stage(ProjectStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Stage?.Name(English) ?? (English ? "Not started" : "未开工");
    }

    /// <summary>A milestone's state in words, with its days where they matter.</summary>
    public string MilestoneState(MilestoneRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.State switch
        {
            Model.MilestoneState.Reached => English ? "Reached" : "已完成",
            Model.MilestoneState.ReachedLate => English ? string.Create(Ic, $"Reached {row.DaysLate} d late") : string.Create(Ic, $"已完成（晚{row.DaysLate}天）"),
            Model.MilestoneState.Upcoming => English ? "On plan" : "按计划",
            Model.MilestoneState.ForecastLate => English ? string.Create(Ic, $"Forecast {row.DaysLate} d late") : string.Create(Ic, $"预计推迟{row.DaysLate}天"),
            Model.MilestoneState.OverdueWarning => English ? string.Create(Ic, $"Overdue {row.DaysLate} d") : string.Create(Ic, $"逾期{row.DaysLate}天"),
            Model.MilestoneState.OverdueDelayed => English ? string.Create(Ic, $"Overdue {row.DaysLate} d") : string.Create(Ic, $"逾期{row.DaysLate}天"),
            Model.MilestoneState.NotPlanned => English ? "No plan" : "未计划",
            _ => English ? "Not applicable" : "不适用",
        };
    }

    /// <summary>The rating word: 绿灯/黄灯/红灯 or Green/Amber/Red.</summary>
    public string Rag(Rag rag) => rag switch
    {
        Model.Rag.Green => English ? "Green" : "绿灯",
        Model.Rag.Amber => English ? "Amber" : "黄灯",
        Model.Rag.Red => English ? "Red" : "红灯",
        _ => "—",
    };

    /// <summary>The project's display name.</summary>
    public string Name(ProjectReport project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Project.DisplayName(English);
    }

    /// <summary>Picks the Chinese or English text.</summary>
    public string Pick(string zh, string en) => English ? en : zh;

    /// <summary>The credit line every page and sheet carries.</summary>
    public string Credit(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var day = report.ReportDay.ToString("yyyy-MM-dd", Ic);
        return English
            ? $"Source: key-project ledger as at {day} 24:00 (Asia/Shanghai) and monthly drone photos; compiled with ProjectMap"
            : $"数据来源：重点项目台账（截至 {day} 24:00）及月度无人机航拍；ProjectMap 生成";
    }

    /// <summary>How the status is judged, in one paragraph (the rules in force).</summary>
    public string RulesNote(StatusRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return English
            ? string.Create(Ic, $"Status: a milestone past its planned date is a warning up to {rules.MilestoneWarningDays} days and delayed beyond; investment to date more than {rules.InvestmentWarningPoints} points behind the elapsed share of the year's plan period is a warning, more than {rules.InvestmentDelayedPoints} points delayed. Investment rate = cumulative ÷ total investment.")
            : string.Create(Ic, $"注：里程碑超过计划日期未完成，{rules.MilestoneWarningDays} 天以内为预警、超过为滞后；年度累计投资占年度计划的比例落后计划期时间进度超过 {rules.InvestmentWarningPoints} 个百分点为预警、超过 {rules.InvestmentDelayedPoints} 个百分点为滞后。投资完成率 = 累计完成 ÷ 总投资。");
    }
}
