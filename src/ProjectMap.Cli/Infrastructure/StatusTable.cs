using System.Text;
using ProjectMap.Domain.Ledger;

namespace ProjectMap.Cli.Infrastructure;

/// <summary>The terminal form of a month's status report: one table row per project, then each project's reasons.</summary>
public static class StatusTable
{
    /// <summary>Renders the statuses as a table followed by the reasons, with the as-of instant.</summary>
    public static string Render(IReadOnlyList<ProjectStatus> statuses, bool english)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var table = english
            ? new TextTable("code", "name", "status", "stage", "schedule", "investment", "month 万元", "cumulative 万元")
            : new TextTable("项目编号", "项目名称", "状态", "形象进度", "进度", "投资进度", "本月投资(万元)", "累计投资(万元)");
        table.RightAligned.UnionWith([4, 5, 6, 7]);
        foreach (var s in statuses)
        {
            table.Add(
                s.Code.Value, english && s.NameEn is { Length: > 0 } en ? en : s.NameZh, StatusLevels.Label(s.Level, english), s.Stage?.Name(english) ?? "-",
                LedgerArgs.Pct(s.ScheduleProgressPct), LedgerArgs.Pct(s.InvestmentProgressPct), s.MonthReturnFiled ? LedgerArgs.Wan(s.MonthInvestmentWan) : "-", LedgerArgs.Wan(s.CumulativeInvestmentWan));
        }

        var sb = new StringBuilder(table.ToString());
        foreach (var s in statuses)
        {
            sb.Append(s.Code.Value).Append(' ').Append(StatusLevels.Label(s.Level, english)).AppendLine(":");
            foreach (var r in s.Reasons)
            {
                sb.Append("  - ").AppendLine(r.Text(english));
            }
        }

        if (statuses.Count > 0)
        {
            sb.AppendLine(english ? $"{statuses[0].Month}, as of {LedgerArgs.Instant(statuses[0].AsOf)} (Asia/Shanghai)" : $"{statuses[0].Month}，数据截至 {LedgerArgs.Instant(statuses[0].AsOf)}（北京时间）");
        }

        return sb.ToString();
    }
}
