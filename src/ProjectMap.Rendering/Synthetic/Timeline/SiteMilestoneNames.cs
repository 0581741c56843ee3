namespace ProjectMap.Rendering.Synthetic.Timeline;

/// <summary>The Chinese and English names and ledger keys of <see cref="SiteMilestone"/> values, and parsing from any of them.</summary>
public static class SiteMilestoneNames
{
    private static readonly (SiteMilestone Milestone, string Key, string Zh, string En)[] Names =
    [
        (SiteMilestone.Start, "start", "开工", "Construction started"),
        (SiteMilestone.ToppingOut, "topping-out", "主体结构封顶", "Structure topped out"),
        (SiteMilestone.FitOut, "fit-out", "内部装修", "Interior fit-out"),
        (SiteMilestone.Commissioning, "commissioning", "设备安装调试", "Equipment installation and commissioning"),
        (SiteMilestone.Acceptance, "acceptance", "竣工验收", "Completion acceptance"),
        (SiteMilestone.Production, "production", "投产", "Production started"),
    ];

    /// <summary>The Chinese name, for example 主体结构封顶.</summary>
    public static string NameZh(this SiteMilestone milestone) => Names.First(n => n.Milestone == milestone).Zh;

    /// <summary>The stable ASCII key the ledger uses, for example <c>topping-out</c>.</summary>
    public static string Key(this SiteMilestone milestone) => Names.First(n => n.Milestone == milestone).Key;

    /// <summary>Finds the milestone named by a ledger key, Chinese or English name; false for milestones that leave no trace on site (签约, 供地) or unknown names.</summary>
    public static bool TryParse(string? text, out SiteMilestone milestone)
    {
        var t = text?.Trim();
        foreach (var n in Names)
        {
            if (string.Equals(t, n.Key, StringComparison.OrdinalIgnoreCase) || string.Equals(t, n.Zh, StringComparison.Ordinal) ||
                string.Equals(t, n.En, StringComparison.OrdinalIgnoreCase))
            {
                milestone = n.Milestone;
                return true;
            }
        }

        milestone = default;
        return false;
    }
}
