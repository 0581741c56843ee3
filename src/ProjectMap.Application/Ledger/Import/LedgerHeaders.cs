using System.Text.RegularExpressions;

namespace ProjectMap.Application.Ledger.Import;

/// <summary>
/// The ledger's column headers in Chinese and English, and how a sheet's headers are matched to them: case, spaces,
/// '_', '-' and a trailing unit in brackets such as （万元） or (万元) are ignored.
/// </summary>
public static partial class LedgerHeaders
{
    private static readonly Dictionary<LedgerColumn, (string Zh, string En, string[] Aliases)> Names = new()
    {
        [LedgerColumn.Code] = ("项目编号", "code", ["项目代码", "projectcode", "project"]),
        [LedgerColumn.Name] = ("项目名称", "name", ["projectname"]),
        [LedgerColumn.Step] = ("里程碑", "milestone", ["节点", "里程碑节点", "step"]),
        [LedgerColumn.Planned] = ("计划日期", "planned", ["计划完成日期", "planneddate"]),
        [LedgerColumn.Forecast] = ("预计日期", "forecast", ["预计完成日期", "forecastdate"]),
        [LedgerColumn.Actual] = ("实际日期", "actual", ["实际完成日期", "actualdate"]),
        [LedgerColumn.Weight] = ("权重", "weight", []),
        [LedgerColumn.Applicable] = ("适用", "applicable", ["是否适用"]),
        [LedgerColumn.Month] = ("月份", "month", ["月度"]),
        [LedgerColumn.Amount] = ("完成投资（万元）", "amount (万元)", ["本月完成投资", "月度完成投资", "完成投资额", "amountwan", "investment", "monthinvestment"]),
        [LedgerColumn.Year] = ("年度", "year", ["年份"]),
        [LedgerColumn.PlanAmount] = ("年度计划投资（万元）", "annual plan (万元)", ["年度计划", "年度投资计划", "planwan", "annualplanwan", "plan"]),
        [LedgerColumn.Field] = ("字段", "field", ["变更字段"]),
        [LedgerColumn.OldValue] = ("原值", "old value", ["old"]),
        [LedgerColumn.NewValue] = ("新值", "new value", ["new"]),
        [LedgerColumn.Reason] = ("原因", "reason", ["说明", "备注", "变更原因", "note"]),
        [LedgerColumn.RecordedBy] = ("填报人", "recorded by", ["记录人", "变更人", "by", "changedby"]),
        [LedgerColumn.RecordedAt] = ("填报时间", "recorded at", ["记录时间", "变更时间", "recorded", "changedat"]),
        [LedgerColumn.EffectiveAt] = ("生效时间", "effective at", ["effective"]),
        [LedgerColumn.Id] = ("记录编号", "id", ["entryid"]),
        [LedgerColumn.Corrects] = ("更正记录", "corrects", ["correctsid"]),
    };

    private static readonly Dictionary<string, LedgerColumn> Lookup = Names
        .SelectMany(kv => new[] { kv.Value.Zh, kv.Value.En }.Concat(kv.Value.Aliases).Select(n => (Key: Normalize(n), Column: kv.Key)))
        .DistinctBy(x => x.Key)
        .ToDictionary(x => x.Key, x => x.Column);

    /// <summary>The header to write for a column, Chinese by default.</summary>
    public static string Header(LedgerColumn column, bool english) => english ? Names[column].En : Names[column].Zh;

    /// <summary>The column a header names, or null when it names none.</summary>
    public static LedgerColumn? Match(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Lookup.TryGetValue(Normalize(header), out var c) ? c : null;
    }

    /// <summary>The table kind a set of matched columns makes, or null when they make none.</summary>
    public static LedgerTableKind? KindOf(IReadOnlyCollection<LedgerColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        bool Has(params LedgerColumn[] c) => c.All(columns.Contains);
        return Has(LedgerColumn.Code, LedgerColumn.Step, LedgerColumn.Field, LedgerColumn.NewValue) ? LedgerTableKind.MilestoneChanges
            : Has(LedgerColumn.Code, LedgerColumn.Step) ? LedgerTableKind.Milestones
            : Has(LedgerColumn.Code, LedgerColumn.Month, LedgerColumn.Amount) ? LedgerTableKind.Investment
            : Has(LedgerColumn.Code, LedgerColumn.Year, LedgerColumn.PlanAmount) ? LedgerTableKind.AnnualPlans
            : null;
    }

    /// <summary>What a sheet needs, for the message when a sheet is not recognised.</summary>
    public static string Expected =>
        "milestones (项目编号, 里程碑, 计划日期/预计日期/实际日期), milestone changes (项目编号, 里程碑, 字段, 新值), " +
        "investment (项目编号, 月份, 完成投资（万元）) or annual plans (项目编号, 年度, 年度计划投资（万元）)";

    private static string Normalize(string header)
    {
        var s = UnitSuffix().Replace(header.Trim(), string.Empty);
        return new string(s.Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-' and not '.').ToArray()).ToLowerInvariant();
    }

    [GeneratedRegex(@"\s*[（(][^)）]*[)）]\s*$")]
    private static partial Regex UnitSuffix();
}
